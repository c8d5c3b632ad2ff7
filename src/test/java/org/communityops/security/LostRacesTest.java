package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.engine.MemberRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that meet on the same task at the same moment, from real threads over HTTP:
 * whatever the engine or the SLA clock notices first, the winner is told 204 and every
 * loser 409 as a problem, never a 500; a request that comes after the task was completed
 * is 409 too for someone who saw it.
 */
@SecuredApplicationTest
class LostRacesTest {

	static final int ROUNDS = 8;

	static final int RACERS = 3;

	static final String RESPONSE = "{\"variables\": {\"responseText\": {\"value\": \"On it\"},"
			+ " \"awaitMemberReply\": {\"value\": false}}}";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	ExecutorService threads;

	Api api;

	@BeforeEach
	void start() {
		threads = Executors.newFixedThreadPool(RACERS);
		api = new Api(port);
	}

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	@Test
	void ofSimultaneousCompletionsExactlyOneWinsAndEveryOtherGetsConflict() {
		for (int round = 0; round < ROUNDS; round++) {
			Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
			List<Api.Answer> answers = race(List.of("mo", "admin", "mo"), "POST",
					"/engine-rest/task/" + task.getId() + "/complete", RESPONSE);

			assertThat(answers).as(answers.toString())
				.extracting(Api.Answer::status)
				.containsOnlyOnce(204)
				.containsOnly(204, 409);
			assertThat(answers).filteredOn(answer -> answer.status() == 409).allMatch(Api.Answer::isProblem);
		}
	}

	@Test
	void ofSimultaneousClaimsBySameUserNoneFailsWithAServerError() {
		for (int round = 0; round < ROUNDS; round++) {
			Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
			List<Api.Answer> answers = race(List.of("mo", "mo", "mo"), "POST",
					"/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"mo\"}");

			assertThat(answers).as(answers.toString())
				.extracting(Api.Answer::status)
				.contains(204)
				.allMatch(status -> status == 204 || status == 409);
			assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("mo");
		}
	}

	@Test
	void simultaneousPriorityChangesEachWinOrGetConflict() {
		for (int round = 0; round < ROUNDS; round++) {
			Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
			List<Api.Answer> answers = race(List.of("admin", "admin", "admin"), "PUT",
					"/engine-rest/task/" + task.getId() + "/variables/priority", null);

			assertThat(answers).as(answers.toString())
				.extracting(Api.Answer::status)
				.contains(204)
				.allMatch(status -> status == 204 || status == 409);
			assertThat(answers).filteredOn(answer -> answer.status() == 409).allMatch(Api.Answer::isProblem);
		}
	}

	@Test
	void completingATaskSomeoneCompletedIsAConflictNotANotFound() {
		Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
		assertThat(api.call("mo", "POST", "/engine-rest/task/" + task.getId() + "/complete", RESPONSE).status())
			.isEqualTo(204);

		Api.Answer late = api.call("admin", "POST", "/engine-rest/task/" + task.getId() + "/complete", RESPONSE);
		Api.Answer foreign = api.call("mira", "POST", "/engine-rest/task/" + task.getId() + "/complete", RESPONSE);

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.isProblem()).isTrue();
		assertThat(foreign.status()).as("mira never saw the task").isEqualTo(404);
	}

	/**
	 * Each caller sends the request at the same moment; a PUT of priority sends each its
	 * own value.
	 */
	private List<Api.Answer> race(List<String> callers, String method, String path, String body) {
		CyclicBarrier start = new CyclicBarrier(callers.size());
		List<String> priorities = List.of("urgent", "high", "low");
		List<CompletableFuture<Api.Answer>> answers = IntStream.range(0, callers.size())
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				await(start);
				String sent = body != null ? body
						: "{\"value\": \"" + priorities.get(i % priorities.size()) + "\", \"type\": \"String\"}";
				return api.call(callers.get(i), method, path, sent);
			}, threads))
			.toList();
		return answers.stream().map(CompletableFuture::join).toList();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
