package org.communityops.sla.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads {@code targets:}: each target's id, name, scope, clock and allowed time; the rest
 * is delegated.
 */
final class TargetParser {

	static final List<String> KEYS = List.of("id", "name", "task", "process", "start", "stop", "pause-while", "clock",
			"within", "by-priority", "warn-at", "objective", "credits");

	private static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

	private final ParseContext context;

	private final ScopeParser scopes;

	private final CommitmentParser commitments;

	private final Map<String, String> pathOfId = new HashMap<>();

	TargetParser(ParseContext context) {
		this.context = context;
		this.scopes = new ScopeParser(context);
		this.commitments = new CommitmentParser(context);
	}

	List<SlaTarget> targets(Node node) {
		List<Node> items = context.list(node, "targets", "a list of targets, each starting with - id: ...");
		if (items == null) {
			return null;
		}
		if (items.isEmpty()) {
			context.error(node, "targets", "no targets; expected at least one target, e.g. - id: first-response");
			return null;
		}
		List<SlaTarget> targets = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			targets.add(target(items.get(i), "targets[" + i + "]"));
		}
		return targets.contains(null) ? null : targets;
	}

	private SlaTarget target(Node node, String path) {
		Map<String, Node> fields = context.fields(node, path, KEYS,
				Map.of("id", "id: first-response", "name", "name: First response to a member"),
				"a map with id, name, task or start/stop, and within");
		if (fields == null) {
			return null;
		}
		String id = fields.containsKey("id") ? uniqueId(fields.get("id"), path) : null;
		String name = fields.containsKey("name")
				? context.text(fields.get("name"), path + ".name", "a name such as First response to a member") : null;
		TargetScope scope = scopes.scope(node, path, fields);
		ClockKind clock = fields.containsKey("clock")
				? context.value(fields.get("clock"), path + ".clock", "business or 24x7", TargetParser::clock)
				: ClockKind.BUSINESS;
		Optional<Duration> within = fields.containsKey("within")
				? Optional.ofNullable(duration(fields.get("within"), path + ".within", clock)) : Optional.empty();
		Map<Priority, Duration> byPriority = fields.containsKey("by-priority")
				? byPriority(fields.get("by-priority"), path + ".by-priority", clock) : Map.of();
		CommitmentParser.Commitment commitment = commitments.commitment(path, fields);
		if (fields.containsKey("within") && within.isEmpty() || byPriority == null
				|| !coversEveryPriority(node, path, fields, within, byPriority)) {
			return null;
		}
		if (id == null || name == null || scope == null || clock == null || commitment == null) {
			return null;
		}
		return new SlaTarget(id, name, scope, clock, within, byPriority, commitment.warnAt(), commitment.objective(),
				commitment.credits());
	}

	private String uniqueId(Node node, String path) {
		String id = context.value(node, path + ".id", "a lowercase slug such as first-response", ValueSyntax::slug);
		String earlier = id == null ? null : pathOfId.putIfAbsent(id, path);
		if (earlier != null) {
			context.error(node, path + ".id",
					"'" + id + "' is already the id of " + earlier + "; expected an id used once per policy");
			return null;
		}
		return id;
	}

	static ClockKind clock(String text) {
		return ClockKind.fromKey(text)
			.orElseThrow(() -> new BadValue("'" + text + "' is not a clock"
					+ Suggestions.didYouMean(text, List.of("business", "24x7"), "business or 24x7")));
	}

	private Duration duration(Node node, String path, ClockKind clock) {
		return context.value(node, path, "a duration such as 4h", text -> DurationSyntax.within(text, clock));
	}

	private Map<Priority, Duration> byPriority(Node node, String path, ClockKind clock) {
		if (!(node instanceof MappingNode mapping)) {
			context.wrongType(node, path, "a map of priorities to durations such as {urgent: 1h}");
			return null;
		}
		Map<Priority, Duration> durations = new EnumMap<>(Priority.class);
		boolean valid = true;
		for (NodeTuple tuple : mapping.getValue()) {
			String key = context.value(tuple.getKeyNode(), path, "a priority", text -> text);
			int index = key == null ? -1 : PRIORITIES.indexOf(key);
			if (key != null && index < 0) {
				context.error(tuple.getKeyNode(), path, "'" + key + "' is not a priority"
						+ Suggestions.didYouMean(key, PRIORITIES, "low, normal, high or urgent"));
			}
			else if (key != null && durations.containsKey(Priority.values()[index])) {
				context.error(tuple.getKeyNode(), path, "'" + key + "' is given twice; expected each priority once");
				index = -1;
			}
			Duration duration = duration(tuple.getValueNode(), path + "." + key, clock);
			if (index >= 0 && duration != null) {
				context.locate(path + "." + key, tuple.getValueNode());
				durations.put(Priority.values()[index], duration);
			}
			valid &= index >= 0 && duration != null;
		}
		return valid ? durations : null;
	}

	private boolean coversEveryPriority(Node target, String path, Map<String, Node> fields, Optional<Duration> within,
			Map<Priority, Duration> byPriority) {
		if (within.isEmpty() && byPriority.isEmpty()) {
			context.error(target, path, "missing required key 'within', e.g. within: 4h");
			return false;
		}
		for (Priority priority : Priority.values()) {
			if (within.isEmpty() && !byPriority.containsKey(priority)) {
				context.error(fields.get("by-priority"), path + ".by-priority", "gives no time for " + priority.key()
						+ " and there is no within; expected within: as the default, or all of low, normal, high and urgent");
				return false;
			}
		}
		for (int i = Priority.values().length - 1; i > 0; i--) {
			Priority urgent = Priority.values()[i];
			Priority lessUrgent = Priority.values()[i - 1];
			Duration more = byPriority.getOrDefault(urgent, within.orElse(null));
			Duration less = byPriority.getOrDefault(lessUrgent, within.orElse(null));
			if (more.compareTo(less) > 0) {
				context.warning(fields.get("by-priority"), path + ".by-priority",
						urgent.key() + " items get more time (" + DurationSyntax.format(more) + ") than "
								+ lessUrgent.key() + " ones (" + DurationSyntax.format(less)
								+ "); expected less or equal time for a more urgent priority");
				break;
			}
		}
		return true;
	}

}
