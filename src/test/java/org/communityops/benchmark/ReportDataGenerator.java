package org.communityops.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.communityops.sla.clock.ClockIds;
import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills sla_clock and sla_clock_event with first-response clocks of the clients of a
 * {@link BenchmarkData}, as the clock code would have stored them, each client's in the
 * order they started. The completed clocks started in {@link #MONTH}: a STARTED entry
 * (nobody holding the task), a REASSIGNED entry when a moderator claims it, and MET or
 * BREACHED at the end; one in ten breached. The open ones started in the four hours
 * before {@link #END} and run, unclaimed. Clock ids are time-ordered from the start, as
 * {@link ClockIds} gives them. Batched fixed SQL, a commit per batch; the store is
 * settled once at the end (H2 compacted, PostgreSQL vacuumed and analysed). Runs in a JVM
 * of its own with a heap large enough for H2's bulk inserts, started by
 * {@link BenchmarkData#generateOnce()}; its arguments are those of
 * {@link BenchmarkData#of}.
 */
public final class ReportDataGenerator {

	static final String CLIENT = "northwind";

	static final LocalDate MONTH = LocalDate.of(2026, 10, 1);

	/**
	 * Saturday 31 October 2026, 21:00 in Berlin: the month's completed clocks have
	 * stopped, the open ones started.
	 */
	static final Instant END = Instant.parse("2026-10-31T20:00:00Z");

	private static final Duration WITHIN = Duration.ofHours(4);

	private static final String CLOCK = """
			insert into sla_clock (id, client, target_id, policy_version, process_instance_id, process_definition_key,
			    task_id, task_definition_key, priority, within_millis, state, started_at, due_at, breached_at,
			    stopped_at, warnings_fired, holder, lock_version)
			values (?, ?, 'first-response', 1, ?, 'MemberSupportProcess', ?, 'Task_FirstResponse', 'normal', ?, ?, ?,
			    ?, ?, ?, 0, ?, 0)""";

	private static final String EVENT = "insert into sla_clock_event (clock_id, type, at, holder) values (?, ?, ?, ?)";

	private static final int BATCH = 5_000;

	private ReportDataGenerator() {
	}

	public static void main(String[] args) throws SQLException, IOException {
		BenchmarkData data = BenchmarkData.of(args);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext application = data.boot(List.of(),
				data.database().bulkLoad().toArray(String[]::new))) {
			DataSource dataSource = application.getBean(DataSource.class);
			for (String client : data.clients()) {
				PolicyVersion policy = application.getBean(PolicyRegistry.class).version(client, 1).orElseThrow();
				BusinessCalendar calendar = policy.calendarFor(policy.policy().target("first-response").orElseThrow());
				// a sequence of its own per client, so that no two clients draw the same
				// clock ids
				SplittableRandom random = new SplittableRandom(42 + client.hashCode());
				generate(dataSource, client,
						completedStarts(MONTH, policy.policy().calendar().zone(), data.clocks(), random), calendar,
						random, true);
				generate(dataSource, client, openStarts(data.open(), random), calendar, random, false);
			}
		}
		data.database().settle(data.home());
		data.markGenerated();
		System.out.printf("Generated %s in %.0f s%n", data, (System.nanoTime() - start) / 1e9);
	}

	/** Starts on the weekdays of the month, during its business hours, in order. */
	private static long[] completedStarts(LocalDate month, ZoneId zone, int count, SplittableRandom random) {
		LocalDate[] weekdays = month.datesUntil(month.plusMonths(1))
			.filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
			.toArray(LocalDate[]::new);
		long[] starts = new long[count];
		for (int i = 0; i < count; i++) {
			LocalDate day = weekdays[random.nextInt(weekdays.length)];
			starts[i] = day.atTime(8, 0).atZone(zone).toEpochSecond() + random.nextInt(6 * 3600);
		}
		Arrays.sort(starts);
		return starts;
	}

	/** Starts in the four hours before {@link #END}, in order. */
	private static long[] openStarts(int count, SplittableRandom random) {
		long[] starts = new long[count];
		for (int i = 0; i < count; i++) {
			starts[i] = END.getEpochSecond() - 1 - random.nextInt((int) WITHIN.toSeconds());
		}
		Arrays.sort(starts);
		return starts;
	}

	/**
	 * Inserts a clock per start: completed (met or breached) or running, as the clock
	 * code would have.
	 */
	static void generate(DataSource dataSource, String client, long[] starts, BusinessCalendar calendar,
			SplittableRandom random, boolean completed) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement clocks = connection.prepareStatement(CLOCK);
				PreparedStatement events = connection.prepareStatement(EVENT)) {
			connection.setAutoCommit(false);
			for (int i = 0; i < starts.length; i++) {
				Instant started = Instant.ofEpochSecond(starts[i]);
				Instant due = calendar.due(started, WITHIN).orElseThrow();
				boolean breached = random.nextInt(10) == 0;
				Instant claimed = started.plusSeconds(60 + random.nextInt(1800));
				Instant stopped = breached ? due.plusSeconds(60 + random.nextInt(7200))
						: claimed.plusSeconds(random.nextInt((int) Duration.between(claimed, due).toSeconds()));
				String holder = random.nextInt(5) == 0 ? "lars" : "mo";
				String id = ClockIds.next(started, random);
				String name = client + "-" + (completed ? "" : "open-") + i;
				clocks.setString(1, id);
				clocks.setString(2, client);
				clocks.setString(3, "bench-instance-" + name);
				clocks.setString(4, "bench-task-" + name);
				clocks.setLong(5, WITHIN.toMillis());
				clocks.setString(6, completed ? (breached ? "BREACHED" : "MET") : "RUNNING");
				clocks.setTimestamp(7, Timestamp.from(started));
				clocks.setTimestamp(8, Timestamp.from(due));
				clocks.setTimestamp(9, completed && breached ? Timestamp.from(due) : null);
				clocks.setTimestamp(10, completed ? Timestamp.from(stopped) : null);
				clocks.setString(11, completed ? holder : null);
				clocks.addBatch();
				event(events, id, "STARTED", started, null);
				if (completed) {
					event(events, id, "REASSIGNED", claimed, holder);
					event(events, id, breached ? "BREACHED" : "MET", stopped, holder);
				}
				if ((i + 1) % BATCH == 0 || i == starts.length - 1) {
					clocks.executeBatch();
					events.executeBatch();
					connection.commit();
				}
			}
		}
	}

	private static void event(PreparedStatement events, String clockId, String type, Instant at, String holder)
			throws SQLException {
		events.setString(1, clockId);
		events.setString(2, type);
		events.setTimestamp(3, Timestamp.from(at));
		events.setString(4, holder);
		events.addBatch();
	}

}
