package org.communityops.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default embedded H2 database, as application.properties configures it, keeps every
 * commit a caller was told about: the node is killed with {@code SIGKILL} while four
 * callers start member requests and complete their triage, and every start and completion
 * that was answered with success is in the database afterwards, the clock of every
 * completed triage stopped with it. H2 writes its log half a second late by default,
 * which lost such work.
 */
class CrashLosesNoAcknowledgedWorkTest {

	private static final String ADMIN = ApplicationNode.ADMIN;

	private static final int CALLERS = 4;

	private static final String POLICY = """
			client: northwind
			name: Northwind Traders community
			contract: {id: NW-CRASH, effective: 2026-01-01, period: month, fee: 12000.00, currency: EUR}
			calendar: {zone: Europe/Berlin, hours: {}}
			targets:
			  - id: triage
			    name: Triage of a member request
			    task: Task_Triage
			    within: 1h
			    clock: 24x7
			""";

	@TempDir
	Path home;

	private final Queue<String> started = new ConcurrentLinkedQueue<>();

	private final Queue<String> completed = new ConcurrentLinkedQueue<>();

	private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

	private ApplicationNode node;

	@AfterEach
	void stop() {
		callers.shutdownNow();
		if (node != null) {
			node.close();
		}
	}

	@Test
	void everyAnsweredStartAndCompletionSurvivesAKill() throws Exception {
		Path policies = Files.createDirectories(home.resolve("sla-policies"));
		Files.writeString(policies.resolve("northwind.yaml"), POLICY);
		node = ApplicationNode.start("node-killed", "UTC", ApplicationNode.productionArguments(policies), home);
		node.awaitUp(Duration.ofMinutes(4));
		Api api = new Api(node.port());
		for (int i = 0; i < CALLERS; i++) {
			callers.submit(() -> work(api));
		}
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (completed.size() < 150 && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		node.kill();
		callers.shutdown();
		assertThat(callers.awaitTermination(1, TimeUnit.MINUTES)).as("callers ended").isTrue();
		assertThat(completed).as("completions answered before the kill").hasSizeGreaterThan(20);

		try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/communityops"),
				"sa", "")) {
			List<String> lostStarts = new ArrayList<>();
			for (String instance : started) {
				if (count(database, "select count(*) from act_hi_procinst where id_ = ?", instance) == 0) {
					lostStarts.add(instance);
				}
			}
			List<String> lostCompletions = new ArrayList<>();
			for (String task : completed) {
				if (count(database, "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null",
						task)
						+ count(database, "select count(*) from sla_clock where task_id = ? and state = 'MET'",
								task) < 2) {
					lostCompletions.add(task);
				}
			}
			assertThat(lostStarts).as("of %d answered starts, lost", started.size()).isEmpty();
			assertThat(lostCompletions).as("of %d answered completions, lost", completed.size()).isEmpty();
		}
	}

	/**
	 * Starts requests and completes their triage until the node is gone; notes each
	 * success it was told of.
	 */
	private void work(Api api) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				Api.Answer start = api.call(ADMIN, "POST",
						"/engine-rest/process-definition/key/MemberSupportProcess/start", """
								{"variables": {"client": {"value": "northwind"}, "requestKind": {"value": "question"},
								 "priority": {"value": "normal"}, "memberName": {"value": "ada"},
								 "subject": {"value": "Export"}, "details": {"value": "CSV export stops"}}}""");
				if (start.status() != 200) {
					return;
				}
				String instance = start.json().path("id").asText();
				started.add(instance);
				JsonNode tasks = api.get(ADMIN, "/engine-rest/task?processInstanceId=" + instance).json();
				String task = tasks.get(0).path("id").asText();
				Api.Answer triaged = api.call(ADMIN, "POST", "/engine-rest/task/" + task + "/complete", """
						{"variables": {"priority": {"value": "normal"}, "category": {"value": "account"},
						 "triageOutcome": {"value": "no-action"}, "triageNote": {"value": "duplicate"}}}""");
				if (triaged.status() != 204) {
					return;
				}
				completed.add(task);
			}
		}
		catch (RuntimeException ex) {
			// the node was killed mid-call: what it had not answered was never promised
		}
	}

	private static long count(Connection database, String sql, String id) throws SQLException {
		try (PreparedStatement statement = database.prepareStatement(sql)) {
			statement.setString(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
