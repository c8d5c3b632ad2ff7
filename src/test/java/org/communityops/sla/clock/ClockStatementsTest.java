package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.communityops.sla.policy.Priority;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The fixed SQL of the per-task path reads and writes clocks exactly as Spring Data JDBC
 * maps them.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:clock-statements;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class ClockStatementsTest {

	private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	SlaClocks clocks;

	@Test
	void readsAnOpenClockOfATaskWithEveryColumnAsSpringDataDoes() {
		SlaClock clock = SlaClock.start(new TimedItem("northwind", "MemberSupportProcess", "instance-1", "task-1",
				"Task_FirstResponse", Priority.fromVariable("high"), "mo", START), "first-response", 3,
				Duration.ofHours(2));
		clock.schedule(START.plus(Duration.ofHours(2)), START.plus(Duration.ofHours(1)));
		clock.deadlinePending(START.plus(Duration.ofHours(1)));
		clocks.insert(clock);
		clock.warned(START.plus(Duration.ofHours(1)), "50%");
		clock.breached(START.plus(Duration.ofHours(2)));
		clock.escalatedBy("escalation-1");
		clock.deadlineScheduled("job-1");
		clocks.update(clock);

		assertThat(clocks.findOpenByTaskId("task-1")).singleElement()
			.usingRecursiveComparison()
			.isEqualTo(clocks.findById(clock.id()).orElseThrow())
			.isEqualTo(clock);
	}

	@Test
	void refusesToUpdateAClockSomebodyChangedSinceItWasRead() {
		SlaClock clock = SlaClock.start(new TimedItem("northwind", "MemberSupportProcess", "instance-2", "task-2",
				"Task_FirstResponse", Priority.fromVariable("normal"), null, START), "first-response", 1,
				Duration.ofHours(4));
		clocks.insert(clock);
		SlaClock sameClockReadElsewhere = clocks.findOpenByTaskId("task-2").get(0);
		clock.reassign("mo", START.plusSeconds(60));
		clocks.update(clock);

		sameClockReadElsewhere.stop(START.plusSeconds(120));
		assertThat(clocks.updateIfUnchanged(sameClockReadElsewhere)).isFalse();
		assertThatThrownBy(() -> clocks.update(sameClockReadElsewhere))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(clocks.findById(clock.id()).orElseThrow().state()).isEqualTo(ClockState.RUNNING);
	}

}
