package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads what a target times: {@code task} (and {@code process}), or {@code start},
 * {@code stop} and {@code pause-while}.
 */
final class ScopeParser {

	private static final List<String> EVENT_KEYS = List.of("process", "on");

	private static final String EITHER = "expected task: <user task id> for a task target, or start and stop for a journey target";

	private final ParseContext context;

	ScopeParser(ParseContext context) {
		this.context = context;
	}

	/**
	 * The scope of the target at {@code path}, from its fields; null after reporting a
	 * problem.
	 */
	TargetScope scope(Node target, String path, Map<String, Node> fields) {
		boolean task = fields.containsKey("task");
		boolean start = fields.containsKey("start");
		boolean stop = fields.containsKey("stop");
		if (task && (start || stop)) {
			Node journey = fields.getOrDefault("start", fields.get("stop"));
			context.error(journey, path, "has both task and start/stop; " + EITHER);
			return null;
		}
		if (task) {
			return taskScope(path, fields);
		}
		if (!start && !stop) {
			context.error(target, path, "has neither task nor start/stop; " + EITHER);
			return null;
		}
		if (!start || !stop) {
			Node present = fields.get(start ? "start" : "stop");
			context.error(present, path, start ? "has start but no stop; expected stop: {process: ..., on: end} as well"
					: "has stop but no start; expected start: {process: ..., on: start} as well");
			return null;
		}
		return journeyScope(path, fields);
	}

	private TargetScope taskScope(String path, Map<String, Node> fields) {
		if (fields.containsKey("pause-while")) {
			context.error(fields.get("pause-while"), path + ".pause-while",
					"applies to journey targets only; expected it with start and stop, or no pause-while");
			return null;
		}
		String task = context.value(fields.get("task"), path + ".task", "a user task id such as Task_FirstResponse",
				ValueSyntax::elementId);
		String process = fields.containsKey("process") ? context.value(fields.get("process"), path + ".process",
				"a process id such as MemberSupportProcess", ValueSyntax::elementId) : null;
		if (task == null || fields.containsKey("process") && process == null) {
			return null;
		}
		return new TaskScope(task, Optional.ofNullable(process));
	}

	private TargetScope journeyScope(String path, Map<String, Node> fields) {
		if (fields.containsKey("process")) {
			context.error(fields.get("process"), path + ".process",
					"applies to task targets only; expected the process in start and stop");
			return null;
		}
		Event start = event(fields.get("start"), path + ".start", true);
		Event stop = event(fields.get("stop"), path + ".stop", false);
		List<String> pauseWhile = pauseWhile(fields.get("pause-while"), path + ".pause-while");
		if (start == null || stop == null || pauseWhile == null) {
			return null;
		}
		if (stop.process != null && !stop.process.equals(start.process)) {
			context.error(stop.processNode, path + ".stop.process", "'" + stop.process
					+ "' is not the start's process '" + start.process + "'; expected both events in one process");
			return null;
		}
		if (stop.on.equals(start.on)) {
			context.error(stop.onNode, path + ".stop.on",
					"'" + stop.on + "' is where the clock starts; expected a later element or end");
			return null;
		}
		return new JourneyScope(start.process, start.on, stop.on, pauseWhile);
	}

	private record Event(String process, Node processNode, JourneyEvent on, Node onNode) {

	}

	private Event event(Node node, String path, boolean isStart) {
		Map<String, String> required = isStart ? Map.of("process", "process: ContentApprovalProcess", "on", "on: start")
				: Map.of("on", "on: end");
		Map<String, Node> fields = context.fields(node, path, EVENT_KEYS, required,
				"a map with process and on, such as {process: ContentApprovalProcess, on: "
						+ (isStart ? "start}" : "end}"));
		if (fields == null) {
			return null;
		}
		String process = fields.containsKey("process") ? context.value(fields.get("process"), path + ".process",
				"a process id such as ContentApprovalProcess", ValueSyntax::elementId) : null;
		String on = fields.containsKey("on")
				? context.value(fields.get("on"), path + ".on", "start, end or an element id", ValueSyntax::elementId)
				: null;
		if (on == null || fields.containsKey("process") && process == null || isStart && process == null) {
			return null;
		}
		JourneyEvent event = JourneyEvent.fromKey(on);
		if (event.equals(isStart ? JourneyEvent.PROCESS_END : JourneyEvent.PROCESS_START)) {
			context.error(fields.get("on"), path + ".on",
					isStart ? "a journey cannot start when the process ends; expected start or an element id"
							: "a journey cannot stop when the process starts; expected end or an element id");
			return null;
		}
		return new Event(process, fields.get("process"), event, fields.get("on"));
	}

	private List<String> pauseWhile(Node node, String path) {
		if (node == null) {
			return List.of();
		}
		List<Node> items = context.list(node, path, "a list of activity ids such as [Task_ClientApproval]");
		if (items == null) {
			return null;
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ids.add(context.value(items.get(i), path + "[" + i + "]", "an activity id such as Task_ClientApproval",
					ValueSyntax::elementId));
		}
		return ids.contains(null) ? null : ids;
	}

}
