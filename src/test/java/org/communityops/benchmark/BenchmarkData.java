package org.communityops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.communityops.CommunityOpsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A benchmark's H2 file database under {@code home}: for each client, {@code clocks} completed first-response clocks
 * of {@link ReportDataGenerator#MONTH} and {@code open} running ones started at its end. Generated once, by
 * {@link ReportDataGenerator} in a JVM of its own with a 1 GB heap, and kept for later runs (delete the folder to
 * generate afresh); then booted on by the benchmarks.
 */
record BenchmarkData(Path home, List<String> clients, int clocks, int open) {

	BenchmarkData {
		clients = List.copyOf(clients);
	}

	/** The data the generator's command-line arguments describe: home, clients (comma-separated), clocks, open. */
	static BenchmarkData of(String[] arguments) {
		return new BenchmarkData(Path.of(arguments[0]), List.of(arguments[1].split(",")),
				Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]));
	}

	/** Generates the data in a JVM of its own unless an earlier run did. */
	void generateOnce() throws IOException, InterruptedException {
		if (Files.exists(marker())) {
			return;
		}
		FileSystemUtils.deleteRecursively(home);
		Files.createDirectories(home);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process generator = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				ReportDataGenerator.class.getName(), home.toString(), String.join(",", clients),
				Integer.toString(clocks), Integer.toString(open))
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
	 * The whole application on this database: no web server, no job executor, no demo data.
	 *
	 * @param sources configuration added to the application's
	 * @param arguments added to the benchmark's command-line arguments, which override application.properties
	 */
	ConfigurableApplicationContext boot(List<Class<?>> sources, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--spring.main.web-application-type=none",
				"--spring.datasource.url=" + url(), "--camunda.bpm.job-execution.enabled=false",
				"--communityops.sla.policies.folder=sla-policies", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off",
				// the engine's REST API (Jersey) needs a servlet container, even unused
				"--spring.autoconfigure.exclude="
						+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(CommunityOpsApplication.class).sources(sources.toArray(Class<?>[]::new))
			.profiles("benchmark")
			.run(all.toArray(String[]::new));
	}

	String url() {
		return "jdbc:h2:file:./" + home.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	private Path marker() {
		// named for what the data are, so that data of an older generator are generated afresh
		return home.resolve("generated-" + String.join("-", clients) + "-" + clocks + "-open-" + open
				+ "-time-ordered-ids-compacted");
	}

}
