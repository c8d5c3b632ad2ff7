package org.communityops.sla.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.communityops.sla.clock.EscalationStarter;
import org.communityops.sla.clock.SlaClock;
import org.springframework.stereotype.Component;

/**
 * Starts {@code EscalationProcess} for a breached clock, inside the command that records
 * the breach, so a retried or repeated deadline can never start a second one for the same
 * clock.
 */
@Component
class EscalationProcessStarter implements EscalationStarter {

	static final String PROCESS = "EscalationProcess";

	private final SlaKeepers keepers;

	EscalationProcessStarter(SlaKeepers keepers) {
		this.keepers = keepers;
	}

	/**
	 * Starts the escalation, except for a clock of an escalation itself: an escalation
	 * that nobody handles in time goes up by its own timer, and a breach of it starting a
	 * further escalation would chain without end.
	 * @return the escalation's process instance id, or null when none was started
	 */
	@Override
	public String startEscalation(SlaClock clock, Instant breachedAt) {
		if (PROCESS.equals(clock.processDefinitionKey())) {
			return null;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("client", clock.client());
		variables.put("severity", severity(clock.priority()));
		variables.put("reason",
				"SLA target '" + clock.targetId() + "' breached at " + breachedAt + " ("
						+ (clock.taskDefinitionKey() != null ? clock.taskDefinitionKey() : clock.processDefinitionKey())
						+ ", allowed " + clock.within() + ")");
		variables.put("sourceProcessInstanceId", clock.processInstanceId());
		if (clock.taskId() != null) {
			variables.put("sourceTaskId", clock.taskId());
		}
		variables.put("slaClockId", clock.id());
		variables.put("slaTargetId", clock.targetId());
		return keepers.runtimeService()
			.startProcessInstanceByKey(PROCESS, "sla-breach-" + clock.id(), variables)
			.getId();
	}

	static String severity(String priority) {
		return switch (priority) {
			case "urgent" -> "critical";
			case "high" -> "high";
			case "low" -> "low";
			default -> "medium";
		};
	}

}
