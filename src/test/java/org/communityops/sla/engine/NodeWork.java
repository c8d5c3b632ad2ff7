package org.communityops.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import org.communityops.testing.Api;
import org.communityops.testing.ApplicationNode;
import org.communityops.testing.Api.Answer;

/**
 * Northwind member requests worked through one node's engine REST API as its
 * administrator (user and password {@value #ADMIN}), and what that node's API says about
 * them: due dates as instants, whatever the node's zone.
 */
final class NodeWork {

	static final String ADMIN = ApplicationNode.ADMIN;

	/**
	 * The engine REST API's date format: local time of the node's JVM with its offset.
	 */
	private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final Api api;

	NodeWork(int port) {
		this.api = new Api(port);
	}

	/**
	 * A request of the priority, triaged for a response: the id of its waiting
	 * {@code Task_FirstResponse}.
	 */
	String firstResponseTask(String priority) {
		return triaged(start(priority, "P3D"), priority);
	}

	/**
	 * A request answered with a question to the member: the id of its instance, waiting
	 * on the reply timer.
	 */
	String waitingForMemberReply(Duration timeout) {
		String instance = start("low", timeout.toString());
		complete(triaged(instance, "low"), """
				{"responseText": {"value": "Which browser do you use?"}, "awaitMemberReply": {"value": true}}""");
		return instance;
	}

	Instant taskDue(String task) {
		return instant(ok(api.get(ADMIN, "/engine-rest/task/" + task)).json().path("due").asText());
	}

	Instant timerDue(String instance) {
		JsonNode jobs = ok(api.get(ADMIN, "/engine-rest/job?timers=true&processInstanceId=" + instance)).json();
		assertThat(jobs).as("timers of %s", instance).hasSize(1);
		return instant(jobs.get(0).path("dueDate").asText());
	}

	boolean isWaitingForReply(String instance) {
		JsonNode activities = ok(api.get(ADMIN, "/engine-rest/process-instance/" + instance + "/activity-instances"))
			.json();
		return activities.path("childActivityInstances")
			.findValuesAsText("activityId")
			.contains("Gateway_MemberReplyOrTimeout");
	}

	long escalationsOf(String clock) {
		return ok(api.get(ADMIN, "/engine-rest/process-instance/count?processDefinitionKey=EscalationProcess"
				+ "&variables=slaClockId_eq_" + clock))
			.json()
			.path("count")
			.asLong();
	}

	private String start(String priority, String replyTimeout) {
		Answer started = ok(
				api.call(ADMIN, "POST", "/engine-rest/process-definition/key/MemberSupportProcess/start", """
						{"variables": {"client": {"value": "northwind"}, "requestKind": {"value": "question"},
						 "priority": {"value": "%s"}, "memberName": {"value": "ada"}, "subject": {"value": "Export"},
						 "details": {"value": "CSV export stops"}, "memberReplyTimeout": {"value": "%s"}}}"""
					.formatted(priority, replyTimeout)));
		return started.json().path("id").asText();
	}

	private String triaged(String instance, String priority) {
		complete(waitingTask(instance), """
				{"priority": {"value": "%s"}, "category": {"value": "account"}, "triageOutcome": {"value": "respond"},
				 "triageNote": {"value": "ok"}}""".formatted(priority));
		return waitingTask(instance);
	}

	private String waitingTask(String instance) {
		JsonNode tasks = ok(api.get(ADMIN, "/engine-rest/task?processInstanceId=" + instance)).json();
		assertThat(tasks).as("waiting tasks of %s", instance).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private void complete(String task, String variables) {
		ok(api.call(ADMIN, "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\": " + variables + "}"));
	}

	private static Answer ok(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
		return answer;
	}

	private static Instant instant(String engineDate) {
		return OffsetDateTime.parse(engineDate, ENGINE_DATE).toInstant();
	}

}
