package org.communityops.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.communityops.identity.Caller;
import org.communityops.identity.Role;
import org.communityops.identity.engine.EngineObjects.Kind;

/**
 * Which requests to the engine's REST APIs each role's work needs; everything else is for
 * administrators only. One line a rule: the roles, the methods and the engine-relative
 * paths. In a path, {@code {task}} (and the other kinds) is an object the caller must be
 * able to see, checked before the engine is asked; {@code {self}} is the caller's own
 * user id; {@code {*}} is any one segment the engine resolves within what the caller may
 * see (definitions, filters, forms, comments of a task). {@code ?name={kind}} requires
 * that query parameter, naming an object the caller can see. The engine's authorizations
 * and tenant check still decide on top of this list.
 */
final class EngineApiAllowlist {

	/** The table itself, also in docs/security.md. */
	static final String RULES = """
			# Tasklist: the shared filters, the tasks the engine lets them read, and the work on them
			everyone     GET           engine | version | user/{self}/profile
			everyone     GET,OPTIONS   filter | filter/count | filter/{*}
			everyone     GET,POST      filter/{*}/list | filter/{*}/count | filter/{*}/singleResult
			everyone     GET,POST      task | task/count
			everyone     GET           task/{task} | task/{task}/form | task/{task}/form-variables
			everyone     GET           task/{task}/deployed-form | task/{task}/rendered-form
			everyone     GET           task/{task}/variables | task/{task}/variables/{*} | task/{task}/identity-links
			everyone     GET           task/{task}/comment | task/{task}/comment/{*}
			everyone     POST          task/{task}/claim | task/{task}/unclaim | task/{task}/complete
			everyone     POST          task/{task}/submit-form | task/{task}/variables | task/{task}/comment/create
			everyone     PUT           task/{task}/variables/{*}
			everyone     GET           history/user-operation?taskId={task} | history/user-operation/count?taskId={task}
			everyone     GET           process-definition | process-definition/count | process-definition/{*}
			everyone     GET           process-definition/{*}/xml | process-definition/key/{*} | process-definition/key/{*}/xml
			# Starting work for their clients (the engine's CREATE_INSTANCE grant decides which processes)
			starters     GET           process-definition/{*}/startForm | process-definition/{*}/form-variables
			starters     GET           process-definition/{*}/deployed-start-form | process-definition/{*}/rendered-form
			starters     GET           process-definition/key/{*}/startForm | process-definition/key/{*}/form-variables
			starters     GET           process-definition/key/{*}/deployed-start-form | process-definition/key/{*}/rendered-form
			starters     POST          process-definition/{*}/start | process-definition/{*}/submit-form
			starters     POST          process-definition/key/{*}/start | process-definition/key/{*}/submit-form
			# Cockpit: reading their clients' instances, history and incidents; nothing that changes them
			cockpit      GET           process-definition/statistics | process-definition/{*}/statistics
			cockpit      GET           process-definition/{*}/diagram | process-definition/key/{*}/diagram
			cockpit      GET           deployment | deployment/count | deployment/{*} | deployment/{*}/resources
			cockpit      GET           deployment/{*}/resources/{*} | deployment/{*}/resources/{*}/data
			cockpit      GET           decision-definition | decision-definition/count | case-definition | case-definition/count
			cockpit      GET           job-definition | job-definition/count
			cockpit      GET,POST      process-instance | process-instance/count
			cockpit      GET           process-instance/{processInstance} | process-instance/{processInstance}/activity-instances
			cockpit      GET           process-instance/{processInstance}/variables
			cockpit      GET           execution/{execution} | execution/{execution}/localVariables
			cockpit      GET,POST      execution | execution/count | variable-instance | variable-instance/count
			cockpit      GET           variable-instance/{variable} | variable-instance/{variable}/data
			cockpit      GET,POST      incident | incident/count
			cockpit      GET           incident/{incident}
			cockpit      GET,POST      job | job/count
			cockpit      GET           job/{job}
			cockpit      GET,POST      external-task | external-task/count
			cockpit      GET           external-task/{externalTask}
			cockpit      GET,POST      history/process-instance | history/process-instance/count
			cockpit      GET           history/process-instance/{historicProcessInstance}
			cockpit      GET,POST      history/activity-instance | history/activity-instance/count
			cockpit      GET,POST      history/task | history/task/count
			cockpit      GET,POST      history/variable-instance | history/variable-instance/count
			cockpit      GET           history/variable-instance/{historicVariable}
			cockpit      GET           history/incident | history/incident/count
			cockpit      GET           history/user-operation?processInstanceId={processInstance}
			cockpit      GET           history/user-operation/count?processInstanceId={processInstance}
			""";

	private static final Map<String, Set<Role>> WHO = Map.of("everyone",
			EnumSet.of(Role.ACCOUNT_MANAGER, Role.MODERATOR, Role.STAFF, Role.CLIENT_USER), "starters",
			EnumSet.of(Role.ACCOUNT_MANAGER), "cockpit", EnumSet.of(Role.ACCOUNT_MANAGER, Role.MODERATOR));

	private static final Map<String, Kind> KINDS = Map.of("{task}", Kind.TASK, "{processInstance}",
			Kind.PROCESS_INSTANCE, "{execution}", Kind.EXECUTION, "{variable}", Kind.VARIABLE_INSTANCE,
			"{historicProcessInstance}", Kind.HISTORIC_PROCESS_INSTANCE, "{historicVariable}",
			Kind.HISTORIC_VARIABLE_INSTANCE, "{job}", Kind.JOB, "{incident}", Kind.INCIDENT, "{externalTask}",
			Kind.EXTERNAL_TASK);

	/**
	 * The literal segments of the engine's REST paths below their root
	 * (camunda-engine-rest-openapi 7.24; a test keeps the list complete): the resource a
	 * literal names comes before an id in the engine's routing, so neither {@code {*}}
	 * nor an object placeholder stands for one of them.
	 */
	static final Set<String> RESERVED = Set.of("activity-instance", "activity-instances", "annotation", "assignee",
			"attachment", "batch", "bpmnError", "bpmnEscalation", "candidate-group-count", "check", "claim",
			"cleanable-batch-report", "cleanable-decision-instance-report", "cleanable-process-instance-report",
			"cleanup", "clear-annotation", "comment", "complete", "configuration", "count", "create", "create-incident",
			"credentials", "data", "decision-definition", "decision-instance", "decision-requirements-definition",
			"delegate", "delete", "delete-historic-query-based", "deployed-form", "deployed-start-form", "detail",
			"diagram", "duedate", "error-details", "errorDetails", "evaluate", "execute", "executeAsync", "extendLock",
			"external-task-log", "failure", "fetchAndLock", "form", "form-variables", "generate", "group-members",
			"groups", "history-time-to-live", "identity-link-log", "identity-links", "incident", "job", "job-log",
			"job-retries", "job-retries-historic-query-based", "jobPriority", "jobs", "key", "list", "localVariables",
			"lock", "log", "members", "message-async", "messageSubscriptions", "modification", "modification-async",
			"password-policy", "priority", "process-definition", "process-instance", "profile", "recalculate",
			"redeploy", "registered", "rendered-form", "report", "resolve", "resources", "restart", "restart-async",
			"retries", "retries-async", "set-annotation", "set-removal-time", "signal", "singleResult", "stacktrace",
			"start", "startForm", "static-called-process-definitions", "statistics", "submit-form", "sum", "suspended",
			"suspended-async", "task", "task-worker", "tenant-id", "topic-names", "trigger", "unclaim", "unlock",
			"user-members", "user-operation", "validate", "variable-instance", "variable-instances", "variables",
			"variables-async", "verify", "xml");

	private final List<Rule> rules;

	private EngineApiAllowlist(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	static EngineApiAllowlist standard() {
		return parse(RULES);
	}

	static EngineApiAllowlist parse(String table) {
		List<Rule> rules = new ArrayList<>();
		for (String line : table.lines().map(String::strip).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\\s+", 3);
			Set<Role> roles = WHO.get(columns[0]);
			if (roles == null || columns.length < 3) {
				throw new IllegalArgumentException("Allowlist line '" + line + "': expected <who> <methods> <paths>");
			}
			Set<String> methods = Set.of(columns[1].split(","));
			for (String path : columns[2].split("\\s*\\|\\s*")) {
				rules.add(Rule.of(roles, methods, path.strip()));
			}
		}
		return new EngineApiAllowlist(rules);
	}

	/**
	 * The objects the request addresses, when a rule lets the caller's role make it;
	 * empty when no rule does.
	 */
	Optional<List<Addressed>> permit(Caller caller, EngineApiRequest request) {
		String method = request.ruleMethod();
		Set<Role> roles = caller.roles();
		for (Rule rule : rules) {
			if (rule.methods.contains(method) && rule.roles.stream().anyMatch(roles::contains)) {
				Optional<List<Addressed>> addressed = rule.match(caller, request);
				if (addressed.isPresent()) {
					return addressed;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The objects of the request's path that a rule of any role would check: for
	 * administrators' requests.
	 */
	List<Addressed> addressed(EngineApiRequest request) {
		String method = request.ruleMethod();
		return rules.stream()
			.filter(rule -> rule.methods.contains(method))
			.map(rule -> rule.matchPath(request.path()))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(List.of());
	}

	/** An object named in a request, which the caller must be able to see. */
	record Addressed(Kind kind, String id) {
	}

	private record Rule(Set<Role> roles, Set<String> methods, List<String> path, String parameter, Kind parameterKind) {

		static Rule of(Set<Role> roles, Set<String> methods, String text) {
			String[] pathAndQuery = text.split("\\?", 2);
			String parameter = null;
			Kind parameterKind = null;
			if (pathAndQuery.length == 2) {
				String[] binding = pathAndQuery[1].split("=", 2);
				parameter = binding[0];
				parameterKind = kind(binding[1]);
			}
			List<String> path = Arrays.asList(pathAndQuery[0].split("/"));
			path.stream().filter(segment -> segment.startsWith("{")).forEach(Rule::validPlaceholder);
			return new Rule(roles, methods, List.copyOf(path), parameter, parameterKind);
		}

		private static void validPlaceholder(String segment) {
			if (!segment.equals("{*}") && !segment.equals("{self}")) {
				kind(segment);
			}
		}

		private static Kind kind(String placeholder) {
			Kind kind = KINDS.get(placeholder);
			if (kind == null) {
				throw new IllegalArgumentException("Allowlist: unknown placeholder " + placeholder);
			}
			return kind;
		}

		Optional<List<Addressed>> match(Caller caller, EngineApiRequest request) {
			Optional<List<Addressed>> addressed = matchPath(request.path());
			if (addressed.isEmpty()) {
				return addressed;
			}
			for (int i = 0; i < path.size(); i++) {
				if (path.get(i).equals("{self}") && !request.path().get(i).equals(caller.userId())) {
					return Optional.empty();
				}
			}
			if (parameter == null) {
				return addressed;
			}
			List<String> values = request.query().getOrDefault(parameter, List.of());
			if (values.size() != 1 || values.get(0).isEmpty()) {
				return Optional.empty();
			}
			List<Addressed> all = new ArrayList<>(addressed.get());
			all.add(new Addressed(parameterKind, values.get(0)));
			return Optional.of(all);
		}

		Optional<List<Addressed>> matchPath(List<String> requested) {
			if (requested.size() != path.size()) {
				return Optional.empty();
			}
			List<Addressed> addressed = new ArrayList<>();
			for (int i = 0; i < path.size(); i++) {
				String segment = path.get(i);
				String given = requested.get(i);
				if (segment.startsWith("{") ? RESERVED.contains(given) : !segment.equals(given)) {
					return Optional.empty();
				}
				if (KINDS.containsKey(segment)) {
					addressed.add(new Addressed(KINDS.get(segment), given));
				}
			}
			return Optional.of(addressed);
		}

	}

}
