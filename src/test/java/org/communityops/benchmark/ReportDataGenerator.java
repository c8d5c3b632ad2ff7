package org.communityops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.communityops.CommunityOpsApplication;
import org.communityops.sla.clock.ClockIds;
import org.communityops.sla.calendar.BusinessCalendar;
import org.communityops.sla.policy.PolicyRegistry;
import org.communityops.sla.policy.PolicyVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Fills sla_clock and sla_clock_event with completed first-response clocks of one client, all due in one month, as
 * the clock code would have stored them, in the order they started: a STARTED entry (nobody holding the task), a REASSIGNED entry when a
 * moderator claims it, and MET or BREACHED at the end; one in ten breached. Clock ids are time-ordered from the start,
 * as {@link ClockIds} gives them. Batched fixed SQL, a commit per batch; the store is compacted once at the end.
 * Runs in a JVM of its own with a heap large enough for H2's bulk inserts, started by the benchmark when the data
 * are missing; its arguments are the folder of the database and the number of clocks.
 */
public final class ReportDataGenerator {

	static final String CLIENT = "northwind";

	static final LocalDate MONTH = LocalDate.of(2026, 10, 1);

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
		Path home = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		long start = System.nanoTime();
		try (ConfigurableApplicationContext application = boot(home)) {
			DataSource dataSource = application.getBean(DataSource.class);
			PolicyVersion policy = application.getBean(PolicyRegistry.class).version(CLIENT, 1).orElseThrow();
			generate(dataSource, CLIENT, MONTH, policy.policy().calendar().zone(),
					policy.calendarFor(policy.policy().target("first-response").orElseThrow()), count);
		}
		// rewrite the store once, fully filled, rather than leave H2 compacting in the background while measured
		try (Connection connection = DriverManager.getConnection(url(home), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("shutdown compact");
		}
		Files.writeString(marker(home, count), "generated");
		System.out.printf("Generated %,d clocks in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	/** Generates the clocks in a JVM of its own (1 GB heap) unless an earlier run did. */
	static void generateOnce(Path home, int count) throws IOException, InterruptedException {
		if (Files.exists(marker(home, count))) {
			return;
		}
		FileSystemUtils.deleteRecursively(home);
		Files.createDirectories(home);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process generator = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				ReportDataGenerator.class.getName(), home.toString(), Integer.toString(count))
			.inheritIO()
			.start();
		if (generator.waitFor() != 0) {
			throw new IllegalStateException("Generating the benchmark's clocks failed; see its output above");
		}
	}

	/** The whole application on the benchmark's database: no web server, no job executor, no demo data. */
	static ConfigurableApplicationContext boot(Path home) {
		return new SpringApplicationBuilder(CommunityOpsApplication.class).profiles("benchmark")
			.run("--spring.main.web-application-type=none",
					"--spring.datasource.url=" + url(home),
					"--camunda.bpm.job-execution.enabled=false", "--communityops.sla.policies.folder=sla-policies",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off",
					"--spring.autoconfigure.exclude="
							+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
	}

	private static String url(Path home) {
		return "jdbc:h2:file:./" + home.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	private static Path marker(Path home, int count) {
		// named for what the data are, so that data of an older generator are generated afresh
		return home.resolve("generated-" + count + "-time-ordered-ids-compacted");
	}

	/** Inserts {@code count} clocks started on the weekdays of the month, during its business hours. */
	static void generate(DataSource dataSource, String client, LocalDate month, ZoneId zone, BusinessCalendar calendar,
			int count) throws SQLException {
		SplittableRandom random = new SplittableRandom(42);
		Duration within = Duration.ofHours(4);
		LocalDate[] weekdays = month.datesUntil(month.plusMonths(1))
			.filter(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
			.toArray(LocalDate[]::new);
		// in the order they started, as the clock code would have inserted them
		long[] starts = new long[count];
		for (int i = 0; i < count; i++) {
			LocalDate day = weekdays[random.nextInt(weekdays.length)];
			starts[i] = day.atTime(8, 0).atZone(zone).toEpochSecond() + random.nextInt(6 * 3600);
		}
		java.util.Arrays.sort(starts);
		try (Connection connection = dataSource.getConnection();
				PreparedStatement clocks = connection.prepareStatement(CLOCK);
				PreparedStatement events = connection.prepareStatement(EVENT)) {
			connection.setAutoCommit(false);
			for (int i = 0; i < count; i++) {
				Instant started = Instant.ofEpochSecond(starts[i]);
				Instant due = calendar.due(started, within).orElseThrow();
				boolean breached = random.nextInt(10) == 0;
				Instant claimed = started.plusSeconds(60 + random.nextInt(1800));
				Instant stopped = breached ? due.plusSeconds(60 + random.nextInt(7200))
						: claimed.plusSeconds(random.nextInt((int) Duration.between(claimed, due).toSeconds()));
				String holder = random.nextInt(5) == 0 ? "lars" : "mo";
				String id = ClockIds.next(started, random);
				clocks.setString(1, id);
				clocks.setString(2, client);
				clocks.setString(3, "bench-instance-" + i);
				clocks.setString(4, "bench-task-" + i);
				clocks.setLong(5, within.toMillis());
				clocks.setString(6, breached ? "BREACHED" : "MET");
				clocks.setTimestamp(7, Timestamp.from(started));
				clocks.setTimestamp(8, Timestamp.from(due));
				clocks.setTimestamp(9, breached ? Timestamp.from(due) : null);
				clocks.setTimestamp(10, Timestamp.from(stopped));
				clocks.setString(11, holder);
				clocks.addBatch();
				event(events, id, "STARTED", started, null);
				event(events, id, "REASSIGNED", claimed, holder);
				event(events, id, breached ? "BREACHED" : "MET", stopped, holder);
				if ((i + 1) % BATCH == 0 || i == count - 1) {
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
