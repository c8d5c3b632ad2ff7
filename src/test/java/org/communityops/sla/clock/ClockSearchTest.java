package org.communityops.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.communityops.identity.VisibleClients;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's two questions as filters of the one clock search: a client's at-risk
 * clocks, soonest due first and paused ones last; its breaches still open, most overdue
 * first, then those that breached since the period began and stopped, most recently
 * stopped first.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:clock-search;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class ClockSearchTest {

	private static final Instant PERIOD_START = Instant.parse("2026-10-01T00:00:00Z");

	private static final VisibleClients EVERY_CLIENT = new VisibleClients(true, Set.of());

	@Autowired
	ClockSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clocks() {
		if (jdbc.queryForObject("select count(*) from sla_clock where client = 'search'", Long.class) > 0) {
			return;
		}
		clock("breached-open-later", "RUNNING", "2026-10-05T09:00:00Z", "2026-10-05T09:00:00Z", null, 1);
		clock("breached-open-sooner", "PAUSED", "2026-10-03T09:00:00Z", "2026-10-03T09:00:00Z", null, 1);
		clock("breached-stopped-last", "BREACHED", "2026-10-10T09:00:00Z", "2026-10-10T09:00:00Z",
				"2026-10-12T09:00:00Z", 1);
		clock("breached-stopped-first", "BREACHED", "2026-10-08T09:00:00Z", "2026-10-08T09:00:00Z",
				"2026-10-09T09:00:00Z", 1);
		clock("breached-last-period", "BREACHED", "2026-09-20T09:00:00Z", "2026-09-20T09:00:00Z",
				"2026-10-02T09:00:00Z", 1);
		clock("warned-due-later", "RUNNING", "2026-10-25T09:00:00Z", null, null, 1);
		clock("warned-due-sooner", "RUNNING", "2026-10-20T09:00:00Z", null, null, 2);
		clock("warned-paused", "PAUSED", null, null, null, 1);
		clock("not-warned", "RUNNING", "2026-10-18T09:00:00Z", null, null, 0);
		clock("met", "MET", "2026-10-18T09:00:00Z", null, "2026-10-17T09:00:00Z", 1);
	}

	@Test
	void findsAClientsAtRiskClocksSoonestDueFirstAndPausedOnesLast() {
		List<SlaClock> found = search
			.find(ClockQuery.ofClient("search").withStatus(ClockStatus.AT_RISK).first(100), EVERY_CLIENT)
			.clocks();

		assertThat(found).extracting(SlaClock::id)
			.containsExactly("warned-due-sooner", "warned-due-later", "warned-paused");
	}

	@Test
	void findsAClientsOpenBreachesMostOverdueFirstThenThoseStoppedThisPeriodMostRecentFirst() {
		List<SlaClock> found = search
			.find(ClockQuery.ofClient("search")
				.withStatus(ClockStatus.BREACHED)
				.openOrBreachedSince(PERIOD_START)
				.first(100), EVERY_CLIENT)
			.clocks();

		assertThat(found).extracting(SlaClock::id)
			.containsExactly("breached-open-sooner", "breached-open-later", "breached-stopped-last",
					"breached-stopped-first");
	}

	@Test
	void findsNoMoreThanTheLimitAndRefusesALimitTheEndpointWouldRefuse() {
		ClockQuery firstTwo = ClockQuery.ofClient("search").withStatus(ClockStatus.AT_RISK).first(2);

		assertThat(search.find(firstTwo, EVERY_CLIENT).clocks()).extracting(SlaClock::id)
			.containsExactly("warned-due-sooner", "warned-due-later");
		assertThat(search.find(firstTwo, EVERY_CLIENT).total()).isEqualTo(3);
		assertThatThrownBy(() -> ClockQuery.ofClient("search").first(ClockQuery.MAX_SIZE + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private void clock(String id, String state, String due, String breached, String stopped, int warnings) {
		jdbc.update("""
				insert into sla_clock (id, client, target_id, policy_version, process_instance_id,
				    process_definition_key, task_id, task_definition_key, priority, within_millis, state, started_at,
				    due_at, breached_at, stopped_at, warnings_fired, holder, lock_version)
				values (?, 'search', 'first-response', 1, ?, 'MemberSupportProcess', ?, 'Task_FirstResponse',
				    'normal', 86400000, ?, ?, ?, ?, ?, ?, null, 0)""", id, "instance-" + id, "task-" + id, state,
				ts("2026-09-01T09:00:00Z"), ts(due), ts(breached), ts(stopped), warnings);
	}

	private static Timestamp ts(String instant) {
		return instant == null ? null : Timestamp.from(Instant.parse(instant));
	}

}
