package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares a policy's process and activity ids with the deployed models. A target whose
 * ids no model has can never start its clock; this is a warning, not an error, since the
 * model may simply be deployed later.
 */
public final class ModelReferences {

	private ModelReferences() {
	}

	/**
	 * A warning, at the offending value, for every process id not in {@code processIds}
	 * and every task, activity or event id not in {@code activityIds} (the ids of all
	 * flow elements of all deployed process definitions).
	 */
	public static List<PolicyProblem> unknownModelReferences(SlaPolicy policy, ParsedLocations locations,
			Set<String> processIds, Set<String> activityIds) {
		List<PolicyProblem> warnings = new ArrayList<>();
		for (int i = 0; i < policy.targets().size(); i++) {
			String path = "targets[" + i + "]";
			Check check = new Check(locations, processIds, activityIds, warnings);
			TargetScope scope = policy.targets().get(i).scope();
			if (scope instanceof TaskScope task) {
				check.activity(path + ".task", task.taskId());
				task.process().ifPresent(process -> check.process(path + ".process", process));
			}
			else if (scope instanceof JourneyScope journey) {
				check.process(path + ".start.process", journey.process());
				journey.startOn().elementId().ifPresent(id -> check.activity(path + ".start.on", id));
				journey.stopOn().elementId().ifPresent(id -> check.activity(path + ".stop.on", id));
				for (int j = 0; j < journey.pauseWhile().size(); j++) {
					check.activity(path + ".pause-while[" + j + "]", journey.pauseWhile().get(j));
				}
			}
		}
		return warnings;
	}

	private record Check(ParsedLocations locations, Set<String> processIds, Set<String> activityIds,
			List<PolicyProblem> warnings) {

		void process(String path, String id) {
			if (!processIds.contains(id)) {
				warnings.add(locations.warningAt(path, "'" + id + "' is no deployed process" + hint(id, processIds,
						"a deployed process id (until one is deployed, this target's clock never starts)")));
			}
		}

		void activity(String path, String id) {
			if (!activityIds.contains(id)) {
				warnings.add(locations.warningAt(path, "'" + id + "' is in no deployed process" + hint(id, activityIds,
						"an element id of a deployed process (until there is one, this target's clock never starts)")));
			}
		}

		private static String hint(String id, Set<String> known, String expected) {
			return Suggestions.didYouMean(id, known, expected);
		}

	}

}
