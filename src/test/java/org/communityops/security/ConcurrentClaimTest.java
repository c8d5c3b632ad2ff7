package org.communityops.security;

import org.communityops.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * Two users claim the same task at the same moment, from two real threads over HTTP:
 * exactly one gets it, the other is told 409 Conflict, whether they lose by reading it
 * already claimed or by the engine's optimistic lock.
 */
@SecuredApplicationTest
class ConcurrentClaimTest {

	static final int ROUNDS = 12;

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	ExecutorService threads;

	@BeforeEach
	void startThreads() {
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void ofTwoSimultaneousClaimsExactlyOneWinsAndTheOtherGetsConflict() throws Exception {
		Api api = new Api(port);
		for (int round = 0; round < ROUNDS; round++) {
			Task task = MemberRequests.waitingForFirstResponse(runtimeService, taskService, "normal");
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<Api.Answer> mo = claim(api, "mo", task, start);
			CompletableFuture<Api.Answer> admin = claim(api, "admin", task, start);

			List<Api.Answer> answers = List.of(mo.get(), admin.get());

			assertThat(answers).extracting(Api.Answer::status).containsExactlyInAnyOrder(204, 409);
			Api.Answer lost = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
			assertThat(lost.isProblem()).isTrue();
			assertThat(lost.json().get("engineError").asText()).isIn("TaskAlreadyClaimedException",
					"OptimisticLockingException");
			String winner = mo.get().status() == 204 ? "mo" : "admin";
			assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
				.isEqualTo(winner);
		}
	}

	private CompletableFuture<Api.Answer> claim(Api api, String user, Task task, CyclicBarrier start) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return api.call(user, "POST", "/engine-rest/task/" + task.getId() + "/claim",
					"{\"userId\": \"" + user + "\"}");
		}, threads);
	}

}
