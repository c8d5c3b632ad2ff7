package org.communityops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.communityops.CommunityOpsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A benchmark's database ({@link BenchmarkDatabase}: an H2 file database under
 * {@code home}, or a PostgreSQL database named for it, whose marker lives in
 * {@code home}-postgresql): for each client, {@code clocks} completed first-response
 * clocks of {@link ReportDataGenerator#MONTH} and {@code open} running ones started at
 * its end. Generated once, by {@link ReportDataGenerator} in a JVM of its own with a 1 GB
 * heap, and kept for later runs (delete the folder to generate afresh); then booted on by
 * the benchmarks.
 */
record BenchmarkData(Path home, List<String> clients, int clocks, int open, BenchmarkDatabase database) {

	BenchmarkData {
		clients = List.copyOf(clients);
		home = database == BenchmarkDatabase.H2 ? home : Path.of(home + "-postgresql");
	}

	/** On the database the system property {@code benchmark.database} names. */
	BenchmarkData(Path home, List<String> clients, int clocks, int open) {
		this(home, clients, clocks, open, BenchmarkDatabase.chosen());
	}

	/**
	 * The data the generator's command-line arguments describe: home (as the data name
	 * it), clients (comma-separated), clocks, open, database.
	 */
	static BenchmarkData of(String[] arguments) {
		return new BenchmarkData(Path.of(arguments[0]), List.of(arguments[1].split(",")),
				Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]),
				BenchmarkDatabase.valueOf(arguments[4]));
	}

	/** Generates the data in a JVM of its own unless an earlier run did. */
	void generateOnce() throws IOException, InterruptedException, SQLException {
		if (Files.exists(marker())) {
			return;
		}
		FileSystemUtils.deleteRecursively(home);
		Files.createDirectories(home);
		database.create(home);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process generator = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				ReportDataGenerator.class.getName(), arguments(), String.join(",", clients), Integer.toString(clocks),
				Integer.toString(open), database.name())
			.inheritIO()
			.start();
		if (generator.waitFor() != 0) {
			throw new IllegalStateException("Generating the benchmark's clocks failed; see its output above");
		}
	}

	/** The generator's last step: the data are complete. */
	void markGenerated() throws IOException {
		Files.writeString(marker(), "generated");
	}

	/**
	 * The whole application on this database: no web server, no job executor, no demo
	 * data.
	 * @param sources configuration added to the application's
	 * @param arguments added to the benchmark's command-line arguments, which override
	 * application.properties
	 */
	ConfigurableApplicationContext boot(List<Class<?>> sources, String... arguments) {
		List<String> all = new ArrayList<>(
				List.of("--spring.main.web-application-type=none", "--spring.datasource.url=" + url(),
						"--camunda.bpm.job-execution.enabled=false", "--communityops.sla.policies.folder=sla-policies",
						"--logging.level.root=WARN", "--spring.main.banner-mode=off",
						// the engine's REST API (Jersey) needs a servlet container, even
						// unused
						"--spring.autoconfigure.exclude="
								+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
		all.addAll(database.login());
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(CommunityOpsApplication.class).sources(sources.toArray(Class<?>[]::new))
			.profiles("benchmark")
			.run(all.toArray(String[]::new));
	}

	String url() {
		return database.url(home);
	}

	/** The home the generator is given, from which {@link #of} derives this one again. */
	private String arguments() {
		return database == BenchmarkDatabase.H2 ? home.toString() : home.toString().replaceFirst("-postgresql$", "");
	}

	private Path marker() {
		// named for what the data are, so that data of an older generator are generated
		// afresh
		return home.resolve("generated-" + String.join("-", clients) + "-" + clocks + "-open-" + open
				+ "-time-ordered-ids-compacted");
	}

}
