package org.communityops.report;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.communityops.sla.clock.ClockIds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A busy month of northwind: 2,000 completed items in August 2026, half triage and half
 * first responses, 100 of them breached (70 triage, so that target misses its 95%
 * objective, and 30 first responses), each with its log, inserted as the clocks would
 * have written them; once per database.
 */
final class BusyMonth {

	static final String PERIOD = "2026-08";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String CLOCK = """
			insert into sla_clock (id, client, target_id, policy_version, process_instance_id, process_definition_key,
			    task_id, task_definition_key, priority, within_millis, state, started_at, due_at, breached_at,
			    stopped_at, warnings_fired, holder, lock_version)
			values (?, 'northwind', ?, 1, ?, 'MemberSupportProcess', ?, ?, 'normal', ?, ?, ?, ?, ?, ?, 0, ?, 0)""";

	private static final String EVENT = "insert into sla_clock_event (clock_id, type, at, holder) values (?, ?, ?, ?)";

	private BusyMonth() {
	}

	static void insertOnce(JdbcTemplate jdbc) {
		Integer present = jdbc.queryForObject(
				"select count(*) from sla_clock where client = 'northwind' and process_instance_id like 'busy-%'",
				Integer.class);
		if (present != null && present > 0) {
			return;
		}
		List<LocalDate> weekdays = LocalDate.of(2026, 8, 1)
			.datesUntil(LocalDate.of(2026, 9, 1))
			.filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
			.toList();
		Random random = new Random(2026);
		List<Object[]> clocks = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			boolean triage = i % 2 == 0;
			boolean breached = (i / 2) % 100 < (triage ? 7 : 3);
			Duration within = triage ? Duration.ofHours(2) : Duration.ofHours(4);
			LocalDate day = weekdays.get(i % weekdays.size());
			Instant started = day.atTime(8, 0).atZone(BERLIN).toInstant().plusSeconds(random.nextInt(5 * 3600));
			Instant due = started.plus(within);
			Instant claimed = started.plusSeconds(60 + random.nextInt(600));
			Instant stopped = breached ? due.plusSeconds(600 + random.nextInt(3600))
					: claimed.plusSeconds(random.nextInt((int) Duration.between(claimed, due).toSeconds()));
			String id = ClockIds.next(started, random);
			String holder = i % 5 == 0 ? "lars" : "mo";
			clocks.add(new Object[] { id, triage ? "triage" : "first-response", "busy-" + i, "busy-task-" + i,
					triage ? "Task_Triage" : "Task_FirstResponse", within.toMillis(), breached ? "BREACHED" : "MET",
					Timestamp.from(started), Timestamp.from(due), breached ? Timestamp.from(due) : null,
					Timestamp.from(stopped), holder });
			events.add(new Object[] { id, "STARTED", Timestamp.from(started), null });
			events.add(new Object[] { id, "REASSIGNED", Timestamp.from(claimed), holder });
			events.add(new Object[] { id, breached ? "BREACHED" : "MET", Timestamp.from(stopped), holder });
		}
		jdbc.batchUpdate(CLOCK, clocks);
		jdbc.batchUpdate(EVENT, events);
	}

}
