package org.communityops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own, as an operator runs it: its own JVM default time
 * zone, killed with {@code SIGKILL} as a crash would end it, or stopped as a service
 * manager stops it. Started from the test's class path with the arguments given, on a
 * free port; its output goes to {@code target/nodes/<name>.log}, which a failing test
 * names.
 */
public final class ApplicationNode implements AutoCloseable {

	/**
	 * The administrator of a node started with {@link #productionArguments}; the password
	 * is the name too.
	 */
	public static final String ADMIN = "root";

	private static final String MAIN_CLASS = "org.communityops.CommunityOpsApplication";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private ApplicationNode(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts a node without waiting for it. {@code arguments} are the application's
	 * ({@code --name=value}); the node always gets {@code --server.port} and its name as
	 * the engine's host name, so job logs say which node ran a job.
	 */
	public static ApplicationNode start(String name, String timeZone, List<String> arguments) {
		return start(name, timeZone, arguments, Path.of(""));
	}

	/**
	 * Starts a node in {@code workingDirectory}, where the application's relative paths
	 * point (the default H2 database under {@code ./data/}); pass the processes and
	 * policy folders as absolute paths then.
	 */
	public static ApplicationNode start(String name, String timeZone, List<String> arguments, Path workingDirectory) {
		int port = freePort();
		Path log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
				"-Duser.timezone=" + timeZone, "-cp", testClassPath(), MAIN_CLASS, "--server.port=" + port,
				"--camunda.bpm.generic-properties.properties.hostname=" + name, "--spring.jmx.enabled=false"));
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).directory(workingDirectory.toAbsolutePath().toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new ApplicationNode(name, port, log, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start node " + name, ex);
		}
	}

	/**
	 * The arguments of a production node ({@code prod} profile, administrator
	 * {@value #ADMIN}) with the policies of {@code policies} and the repository's process
	 * models; add the database's.
	 */
	public static List<String> productionArguments(Path policies) {
		return List.of("--spring.profiles.active=prod", "--communityops.admin.username=" + ADMIN,
				"--communityops.admin.password=" + ADMIN,
				"--communityops.sla.policies.folder=" + policies.toAbsolutePath(),
				"--communityops.processes.location=file:" + Path.of("processes").toAbsolutePath() + "/");
	}

	/**
	 * Waits until the node says it is ready (its start-up complete); fails naming its log
	 * if it dies or takes too long.
	 */
	public ApplicationNode awaitUp(Duration within) {
		Instant until = Instant.now().plus(within);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Node " + name + " ended with exit code " + process.exitValue()
						+ " before it was up; see " + log.toAbsolutePath());
			}
			if (isReady()) {
				return this;
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException("Node " + name + " not up within " + within + "; see " + log.toAbsolutePath());
	}

	public String name() {
		return name;
	}

	public int port() {
		return port;
	}

	public Path log() {
		return log;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * Ends the JVM at once with {@code SIGKILL}: no shutdown hook runs, nothing is
	 * flushed, as in a crash.
	 */
	public void kill() {
		process.destroyForcibly();
		awaitEnd();
	}

	/**
	 * Stops the node as a service manager does ({@code SIGTERM}), letting it shut down.
	 */
	public void stop() {
		process.destroy();
		awaitEnd();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

	private void awaitEnd() {
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean isReady() {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Surefire runs tests from a manifest-only jar and passes the real class path in this
	 * property.
	 */
	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
