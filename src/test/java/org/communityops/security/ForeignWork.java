package org.communityops.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Hooli's work as the other clients' users must not see or touch it: an urgent member
 * request waiting for triage (timed, with its SLA deadline jobs), an escalation (with its
 * timer job), a comment, an attachment and an incident, plus every job without a tenant
 * (the deadline sweep). Also two staff users of initech only, so that every role has
 * someone for whom hooli is another client: {@code ivan} (account manager) and
 * {@code sam} (community manager).
 */
final class ForeignWork {

	static final String CLIENT = "hooli";

	final ProcessInstance request;

	final Task task;

	final ProcessInstance escalation;

	final String comment;

	final String attachment;

	final String incident;

	/**
	 * A value for each path parameter of the engine REST API, by resource and parameter
	 * name.
	 */
	final Map<String, String> ids = new HashMap<>();

	private final ProcessEngine engine;

	ForeignWork(ProcessEngine engine) {
		this.engine = engine;
		staff(engine.getIdentityService(), "ivan", "account-managers");
		staff(engine.getIdentityService(), "sam", "community-managers");
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		request = runtime.startProcessInstanceByKey("MemberSupportProcess", "foreign-request",
				Map.of("client", CLIENT, "requestKind", "flagged-post", "priority", "urgent", "memberName", "gavin",
						"subject", "Hooli secret", "details", "Only hooli may read this"));
		task = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
		escalation = runtime.startProcessInstanceByKey("EscalationProcess", "foreign-escalation",
				Map.of("client", CLIENT, "severity", "high", "reason", "Foreign escalation"));
		comment = tasks.createComment(task.getId(), request.getId(), "hooli internal note").getId();
		attachment = tasks
			.createAttachment("text/plain", task.getId(), request.getId(), "notes.txt", "hooli notes",
					new ByteArrayInputStream("hooli only".getBytes(StandardCharsets.UTF_8)))
			.getId();
		incident = runtime.createIncident("communityops-test", task.getExecutionId(), "foreign").getId();
		HistoryService history = engine.getHistoryService();
		String variable = runtime.createVariableInstanceQuery()
			.processInstanceIdIn(request.getId())
			.variableName("subject")
			.singleResult()
			.getId();
		String historicVariable = history.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getId())
			.variableName("subject")
			.singleResult()
			.getId();
		String job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(escalation.getId())
			.list()
			.get(0)
			.getId();
		ids.putAll(Map.of("task", task.getId(), "process-instance", request.getId(), "execution", request.getId(),
				"variable-instance", variable, "history/process-instance", request.getId(), "history/variable-instance",
				historicVariable, "job", job, "incident", incident));
		ids.put("history/activity-instance",
				history.createHistoricActivityInstanceQuery().processInstanceId(request.getId()).list().get(0).getId());
		ids.put("history/detail",
				history.createHistoricDetailQuery().processInstanceId(request.getId()).list().get(0).getId());
		ids.put("tenant", CLIENT);
		ids.put("user", "hana");
		ids.put("group", "client-" + CLIENT);
		ids.put("commentId", comment);
		ids.put("attachmentId", attachment);
		ids.put("userId", "hana");
		ids.put("groupId", "client-" + CLIENT);
	}

	private static void staff(IdentityService identity, String id, String group) {
		if (identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = identity.newUser(id);
		user.setPassword(id);
		user.setFirstName(id);
		identity.saveUser(user);
		identity.createMembership(id, group);
		identity.createTenantUserMembership("initech", id);
	}

	/** Every id and name of hooli's work a foreign caller must never read. */
	Set<String> secrets() {
		Set<String> secrets = new LinkedHashSet<>(ids.values());
		secrets.remove("hana");
		secrets.add("Hooli secret");
		secrets.add("hooli internal note");
		RuntimeService runtime = engine.getRuntimeService();
		runtime.createProcessInstanceQuery()
			.tenantIdIn(CLIENT)
			.list()
			.forEach(instance -> secrets.add(instance.getId()));
		engine.getTaskService().createTaskQuery().tenantIdIn(CLIENT).list().forEach(each -> secrets.add(each.getId()));
		ManagementService management = engine.getManagementService();
		management.createJobQuery().tenantIdIn(CLIENT).list().forEach(each -> secrets.add(each.getId()));
		management.createJobQuery().withoutTenantId().list().forEach(each -> secrets.add(each.getId()));
		return secrets;
	}

	/**
	 * What a foreign caller could change: hooli's tasks, instances, variables, jobs,
	 * comments and incidents.
	 */
	String state() {
		Map<String, Object> state = new TreeMap<>();
		TaskService tasks = engine.getTaskService();
		RuntimeService runtime = engine.getRuntimeService();
		tasks.createTaskQuery()
			.tenantIdIn(CLIENT)
			.list()
			.forEach(each -> state.put("task " + each.getId(), List.of(String.valueOf(each.getAssignee()),
					String.valueOf(each.getDueDate()), each.getPriority(), each.isSuspended())));
		runtime.createProcessInstanceQuery()
			.tenantIdIn(CLIENT)
			.list()
			.forEach(each -> state.put("instance " + each.getId(),
					List.of(each.isSuspended(), runtime.getVariables(each.getId()))));
		ManagementService management = engine.getManagementService();
		List<Job> jobs = management.createJobQuery().list();
		jobs.stream()
			.filter(each -> each.getTenantId() == null || CLIENT.equals(each.getTenantId()))
			.forEach(each -> state.put("job " + each.getId(), List.of(String.valueOf(each.getDuedate()),
					each.getRetries(), each.isSuspended(), each.getPriority())));
		state.put("comments", tasks.getTaskComments(task.getId()).size());
		state.put("attachment", tasks.getAttachment(attachment) != null);
		state.put("incidents", runtime.createIncidentQuery().tenantIdIn(CLIENT).count());
		IdentityService identity = engine.getIdentityService();
		state.put("hana",
				identity.createUserQuery()
					.memberOfGroup("client-" + CLIENT)
					.list()
					.stream()
					.map(User::getId)
					.collect(Collectors.toList()));
		state.put("tenant", identity.createTenantQuery().tenantId(CLIENT).count());
		state.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
		state.put("filters", engine.getFilterService().createFilterQuery().count());
		return state.toString();
	}

}
