package org.communityops.sla.engine;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.communityops.sla.clock.JourneyKeeper;
import org.communityops.sla.clock.TimedItem;
import org.communityops.sla.policy.Priority;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reports process starts and ends and activity starts and ends to the
 * {@link JourneyKeeper}, for the journey targets of the policies. A listener is added to
 * every process and activity when a model is parsed, so models deployed later are
 * covered; it returns at once for a process that no policy has a journey through. When a
 * journey clock pauses or resumes, the due and follow-up dates of the instance's open
 * tasks move with it. Wired in by {@link SlaEnginePlugin} while the clocks are on, as a
 * parse listener run after the engine's own.
 */
class JourneyClockEvents extends AbstractBpmnParseListener {

	private final SlaKeepers keepers;

	private final ExecutionListener processListener = this::processEvent;

	private final ExecutionListener activityListener = this::activityEvent;

	private final TaskDueDates taskDueDates;

	JourneyClockEvents(SlaKeepers keepers, TaskDueDates taskDueDates) {
		this.keepers = keepers;
		this.taskDueDates = taskDueDates;
	}

	@Override
	public void parseProcess(Element element, ProcessDefinitionEntity process) {
		process.addBuiltInListener(ExecutionListener.EVENTNAME_START, processListener);
		process.addBuiltInListener(ExecutionListener.EVENTNAME_END, processListener);
		listenToActivitiesOf(process);
	}

	private void listenToActivitiesOf(ScopeImpl scope) {
		for (ActivityImpl activity : scope.getActivities()) {
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, activityListener);
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, activityListener);
			listenToActivitiesOf(activity);
		}
	}

	private void processEvent(DelegateExecution execution) {
		timedInstance(execution).ifPresent(instance -> {
			if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
				keepers.journeys().processStarted(instance);
			}
			else {
				keepers.journeys().processEnded(instance, !execution.isCanceled());
			}
		});
	}

	private void activityEvent(DelegateExecution execution) {
		timedInstance(execution).ifPresent(instance -> {
			JourneyKeeper journeys = keepers.journeys();
			String activity = execution.getCurrentActivityId();
			boolean moved = ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
					? journeys.activityStarted(instance, activity)
					: journeys.activityEnded(instance, activity, stillWaitingIn((ExecutionEntity) execution));
			if (moved) {
				taskDueDates.refresh(execution.getProcessInstanceId());
			}
		});
	}

	/**
	 * Whether the instance is still in an activity apart from the one ending: another
	 * instance of a multi-instance task or sub-process, a parallel branch, or a
	 * sub-process that the ending activity lies in. An active execution is in its
	 * activity and in every scope around it; the ending execution (and what runs inside
	 * it) counts only for the scopes around its activity. Read from the instance's
	 * execution tree only when a paused clock asks, once per event.
	 */
	private static Predicate<String> stillWaitingIn(ExecutionEntity ending) {
		Supplier<Set<String>> waiting = SingletonSupplier.of(() -> {
			Set<String> ids = new HashSet<>();
			addWithScopesAround(ending.getActivity() == null ? null : ending.getActivity().getFlowScope(), ids);
			collectActivities(ending.getProcessInstance(), ending, ids);
			return ids;
		});
		return activityId -> waiting.get().contains(activityId);
	}

	private static void collectActivities(ExecutionEntity execution, ExecutionEntity ending, Set<String> ids) {
		if (execution.getId().equals(ending.getId())) {
			return;
		}
		if (execution.isActive()) {
			addWithScopesAround(execution.getActivity(), ids);
		}
		for (ExecutionEntity child : execution.getExecutions()) {
			collectActivities(child, ending, ids);
		}
	}

	private static void addWithScopesAround(ScopeImpl scope, Set<String> ids) {
		for (ScopeImpl at = scope; at instanceof ActivityImpl activity; at = activity.getFlowScope()) {
			ids.add(activity.getId());
		}
	}

	/**
	 * The instance as a timed item, when a policy of its client (the instance's tenant,
	 * fixed at its start) has a journey through its process. Most processes have no
	 * journey in any policy: they are let go before their variables are read.
	 */
	private Optional<TimedItem> timedInstance(DelegateExecution execution) {
		String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
		String client = execution.getTenantId();
		JourneyKeeper journeys = keepers.journeys();
		if (!journeys.timesAny(processKey) || client == null || !journeys.times(client, processKey)) {
			return Optional.empty();
		}
		return Optional.of(new TimedItem(client, processKey, execution.getProcessInstanceId(), null, null,
				Priority.fromVariable(execution.getVariable("priority")), null,
				ClockUtil.getCurrentTime().toInstant()));
	}

}
