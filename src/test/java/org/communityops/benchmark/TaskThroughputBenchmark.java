package org.communityops.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.communityops.CommunityOpsApplication;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Task throughput with the SLA clocks on and off, in the same run: one operation starts
 * an instance of a one-task process and completes its task, {@code Task_FirstResponse},
 * which northwind's first-response target times (4h for normal priority). With the clocks
 * on, every operation opens a clock with its log entry and sets the task's due and
 * follow-up dates; its first deadline, two hours off, waits on the clock for the deadline
 * sweep. Completing reads the task's open clocks, stops the clock and logs it. The whole
 * application runs once per trial on a database of its own (H2 in memory unless
 * {@link #database} says otherwise, holding the {@link #history} of clocks asked for),
 * without web server, job executor or demo data. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaskThroughputBenchmark {

	static final String PROCESS_KEY = "BenchmarkFirstResponse";

	/** Monday 10:00 in Berlin, inside northwind's business hours. */
	static final Instant MONDAY_10_BERLIN = Instant.parse("2026-11-23T09:00:00Z");

	static final Map<String, Object> START_VARIABLES = Map.of("client", "northwind", "priority", "normal");

	@Param({ "true", "false" })
	public boolean clocks;

	/**
	 * {@code memory}: an in-memory H2 database. {@code file}: an H2 file database that
	 * writes each commit before answering ({@code WRITE_DELAY=0}, as
	 * application.properties configures the default); {@code file-delayed}: one that
	 * writes half a second late, H2's default; {@code postgresql}: a database on the
	 * local PostgreSQL server ({@link BenchmarkDatabase}). Pick with
	 * {@code -p database=file,file-delayed}.
	 */
	@Param({ "memory" })
	public String database;

	/**
	 * How many clocks, with their log entries, the database holds before the trial:
	 * completed first-response clocks of northwind in October 2026
	 * ({@link ReportDataGenerator}), generated once under
	 * {@code target/task-throughput-benchmark/} and copied for each trial, so that clocks
	 * on and off start from the same data. Only on the {@code file} and
	 * {@code postgresql} databases.
	 */
	@Param({ "0" })
	public int history;

	/**
	 * How many nodes share the database: application instances in this JVM, each with its
	 * own engine and connection pool, only on {@code postgresql}. Each benchmark thread
	 * works on one node, the threads taking the nodes in turn, so {@code -t 2 -p nodes=2}
	 * is two nodes with one caller each, to compare with {@code -t 1 -p nodes=1}.
	 */
	@Param({ "1" })
	public int nodes;

	/**
	 * H2's page cache in KB ({@code CACHE_SIZE}) for the {@code file} databases; 0 leaves
	 * H2's default (16 MB). Compare {@code -p h2cache=0,131072}.
	 */
	@Param({ "0" })
	public int h2cache;

	/**
	 * H2's {@code AUTO_COMPACT_FILL_RATE} for the {@code file} databases: H2 rewrites the
	 * live pages of chunks filled less than this percentage; 0 turns that off, -1 leaves
	 * H2's default (90).
	 */
	@Param({ "-1" })
	public int h2compact;

	private Path databaseHome;

	private BenchmarkData trialData;

	/**
	 * The time of the full collections {@link #reportHeap} asked for, left out of the GC
	 * time it reports.
	 */
	private long explicitGcMillis;

	/**
	 * Operations so far, and the bytes the database had written when the last iteration
	 * ended.
	 */
	private final LongAdder operations = new LongAdder();

	private long operationsBefore;

	private long writtenBefore;

	private long readBefore;

	/** The nodes; the first deploys the process and answers the checks. */
	final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private final AtomicInteger nodesTaken = new AtomicInteger();

	ConfigurableApplicationContext application;

	RuntimeService runtimeService;

	TaskService taskService;

	/** The node a benchmark thread works on. */
	@State(Scope.Thread)
	public static class Node {

		RuntimeService runtimeService;

		TaskService taskService;

		@Setup(Level.Trial)
		public void take(TaskThroughputBenchmark benchmark) {
			ConfigurableApplicationContext node = benchmark.applications
				.get(benchmark.nodesTaken.getAndIncrement() % benchmark.applications.size());
			runtimeService = node.getBean(RuntimeService.class);
			taskService = node.getBean(TaskService.class);
		}

	}

	@Setup(Level.Trial)
	public void boot() throws IOException, SQLException, InterruptedException {
		if (nodes > 1 && !database.equals("postgresql")) {
			throw new IllegalArgumentException("several nodes share a postgresql database, not " + database);
		}
		String url = databaseUrl();
		for (int node = 1; node <= nodes; node++) {
			// command-line arguments, so that they override application.properties
			// (builder properties would not)
			applications.add(new SpringApplicationBuilder(CommunityOpsApplication.class).profiles("benchmark")
				.run(arguments("--spring.main.web-application-type=none", "--spring.datasource.url=" + url,
						"--camunda.bpm.process-engine-name=node" + node, "--camunda.bpm.job-execution.enabled=false",
						"--communityops.sla.policies.folder=sla-policies",
						"--communityops.sla.clocks.enabled=" + clocks, "--logging.level.root=WARN",
						"--spring.main.banner-mode=off",
						// the engine's REST API (Jersey) needs a servlet container, even
						// unused
						"--spring.autoconfigure.exclude="
								+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")));
		}
		application = applications.get(0);
		runtimeService = application.getBean(RuntimeService.class);
		taskService = application.getBean(TaskService.class);
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_FirstResponse")
			.endEvent()
			.done();
		application.getBean(RepositoryService.class)
			.createDeployment()
			.name("task-throughput-benchmark")
			.addModelInstance(PROCESS_KEY + ".bpmn", model)
			.deploy();
		ClockUtil.setCurrentTime(Date.from(MONDAY_10_BERLIN));
		checkTheClocksAre(clocks);
		writtenBefore = h2Info("FILE_WRITE_BYTES", "select wal_bytes from pg_stat_wal");
		readBefore = h2Info("FILE_READ_BYTES", null);
	}

	@TearDown(Level.Trial)
	public void shutDown() throws IOException, SQLException {
		ClockUtil.reset();
		applications.forEach(ConfigurableApplicationContext::close);
		if (databaseHome != null) {
			FileSystemUtils.deleteRecursively(databaseHome);
		}
		if (trialData != null) {
			trialData.database().drop(trialData.home());
		}
	}

	/**
	 * What a long-running node's operator watches beside the throughput, printed after
	 * each iteration: the JVM's time in garbage collection so far (read before the full
	 * collection that follows), the heap still live after it, and what the database wrote
	 * per operation during the iteration (H2's file writes, PostgreSQL's write-ahead log
	 * of the whole server). Bytes written do not depend on how busy the machine is, so
	 * they compare clocks on and off, or two schemas, where the throughput of one run
	 * swings more than the difference.
	 */
	@TearDown(Level.Iteration)
	public void reportHeap() {
		long gcMillis = gcMillis();
		System.gc();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		long written = h2Info("FILE_WRITE_BYTES", "select wal_bytes from pg_stat_wal");
		long read = h2Info("FILE_READ_BYTES", null);
		long done = operations.sum() - operationsBefore;
		System.out.printf("  [GC %d ms so far, then live heap %d MB of %d MB; %s written, %s read per operation] ",
				gcMillis - explicitGcMillis, heap.getUsed() >> 20, heap.getMax() >> 20,
				perOperation(written, writtenBefore, done), perOperation(read, readBefore, done));
		writtenBefore = written;
		readBefore = read;
		operationsBefore = operations.sum();
		explicitGcMillis += gcMillis() - gcMillis;
	}

	/**
	 * A byte count of the database so far: H2's {@code info.<name>}, or on PostgreSQL the
	 * result of {@code postgresql} (-1 when null); -1 in memory.
	 */
	private long h2Info(String name, String postgresql) {
		JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
		return switch (database) {
			case "postgresql" -> postgresql == null ? -1 : jdbc.queryForObject(postgresql, Long.class);
			case "memory" -> -1;
			default ->
				jdbc.queryForObject("select setting_value from information_schema.settings where setting_name = ?",
						Long.class, "info." + name);
		};
	}

	private static String perOperation(long bytes, long before, long operations) {
		return bytes < 0 || operations == 0 ? "n/a" : String.format("%.1f KB", (bytes - before) / 1024.0 / operations);
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private String[] arguments(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		if (trialData != null) {
			all.addAll(trialData.database().login());
		}
		return all.toArray(String[]::new);
	}

	private String databaseUrl() throws IOException, SQLException, InterruptedException {
		if (history > 0) {
			return historyUrl();
		}
		if (database.equals("memory")) {
			return "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		}
		if (database.equals("postgresql")) {
			trialData = historyData(BenchmarkDatabase.POSTGRESQL, "trial");
			BenchmarkDatabase.POSTGRESQL.create(trialData.home());
			return trialData.url();
		}
		databaseHome = Files.createTempDirectory("task-throughput");
		String url = "jdbc:h2:file:" + databaseHome.resolve("communityops") + ";DB_CLOSE_ON_EXIT=FALSE";
		return switch (database) {
			case "file" -> url + ";WRITE_DELAY=0" + h2CacheSetting();
			case "file-delayed" -> url + ";WRITE_DELAY=500" + h2CacheSetting();
			default -> throw new IllegalArgumentException(
					"database is memory, file, file-delayed or postgresql, not " + database);
		};
	}

	/**
	 * A copy of the generated history for this trial, on the file database (writing each
	 * commit) or PostgreSQL.
	 */
	private String historyUrl() throws IOException, SQLException, InterruptedException {
		BenchmarkDatabase kind = switch (database) {
			case "file" -> BenchmarkDatabase.H2;
			case "postgresql" -> BenchmarkDatabase.POSTGRESQL;
			default ->
				throw new IllegalArgumentException("a history needs database file or postgresql, not " + database);
		};
		BenchmarkData generated = historyData(kind, "data");
		generated.generateOnce();
		trialData = historyData(kind, "trial");
		kind.copy(generated.home(), trialData.home());
		return kind == BenchmarkDatabase.H2 ? trialData.url() + ";WRITE_DELAY=0" + h2CacheSetting() : trialData.url();
	}

	private String h2CacheSetting() {
		return (h2cache > 0 ? ";CACHE_SIZE=" + h2cache : "")
				+ (h2compact >= 0 ? ";AUTO_COMPACT_FILL_RATE=" + h2compact : "");
	}

	private BenchmarkData historyData(BenchmarkDatabase kind, String use) {
		return new BenchmarkData(Path.of("target", "task-throughput-benchmark", history + "-" + use),
				List.of(ReportDataGenerator.CLIENT), history, 0, kind);
	}

	@Benchmark
	public String startAndCompleteTask(Node node) {
		String instanceId = node.runtimeService.startProcessInstanceByKey(PROCESS_KEY, START_VARIABLES).getId();
		Task task = node.taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
		node.taskService.complete(task.getId());
		operations.increment();
		return instanceId;
	}

	/**
	 * Guards the comparison: with the clocks on, an operation must really open and stop a
	 * clock; off, none.
	 */
	private void checkTheClocksAre(boolean on) {
		String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, START_VARIABLES).getId();
		Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
		if (on != (task.getDueDate() != null)) {
			throw new IllegalStateException(
					"Clocks " + (on ? "on" : "off") + " but the task's due date is " + task.getDueDate());
		}
		taskService.complete(task.getId());
		var clocksOfTask = application.getBean(ClockLog.class).clocksOfTask(task.getId());
		if (on ? clocksOfTask.size() != 1 || clocksOfTask.get(0).state() != ClockState.MET : !clocksOfTask.isEmpty()) {
			throw new IllegalStateException("Clocks " + (on ? "on" : "off") + " but the task has " + clocksOfTask);
		}
	}

}
