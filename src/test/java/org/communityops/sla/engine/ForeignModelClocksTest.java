package org.communityops.sla.engine;

import static org.communityops.sla.engine.EngineTime.at;
import static org.communityops.sla.engine.EngineTime.runDueDeadlineJobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityops.sla.clock.ClockEvent;
import org.communityops.sla.clock.ClockEventType;
import org.communityops.sla.clock.ClockLog;
import org.communityops.sla.clock.ClockState;
import org.communityops.sla.clock.SlaClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clocks on process models CommunityOps did not write: Camunda's own invoice example with
 * its called ReviewInvoice process, a model with a multi-instance sub-process and one
 * with an interrupting boundary timer, deployed unchanged from
 * {@code src/test/resources/foreign-models/camunda-bpm-platform} (where they came from:
 * its README). The test client umbrella ({@code foreign-models/policies/umbrella.yaml},
 * next to the demo policies) times their user tasks by the ids the models give them:
 * Mon-Fri 09:00-17:00 London (UTC in November) for the invoice tasks, 24x7 for the
 * others. The job executor is off: the tests run timers and deadlines themselves at
 * instants set with ClockUtil.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:foreign-model-clocks;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class ForeignModelClocksTest {

	private static final String MODELS = "foreign-models/camunda-bpm-platform/";

	private static final String MONDAY_10 = "2026-11-23T10:00:00Z";

	@TempDir
	static Path policies;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ClockLog clockLog;

	@DynamicPropertySource
	static void policyFolder(DynamicPropertyRegistry properties) throws IOException {
		try (Stream<Path> demo = Files.list(Path.of("sla-policies"))) {
			for (Path file : demo.toList()) {
				Files.copy(file, policies.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		try (InputStream umbrella = ForeignModelClocksTest.class
			.getResourceAsStream("/foreign-models/policies/umbrella.yaml")) {
			Files.copy(umbrella, policies.resolve("umbrella.yaml"));
		}
		properties.add("communityops.sla.policies.folder", policies::toString);
	}

	@BeforeEach
	void deployTheForeignModels() {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("invoice").count() == 0) {
			repositoryService.createDeployment()
				.name("foreign-models")
				.addClasspathResource(MODELS + "invoice.v2.bpmn")
				.addClasspathResource(MODELS + "reviewInvoice.bpmn")
				.addClasspathResource(MODELS + "invoiceBusinessDecisions.dmn")
				.addClasspathResource(MODELS + "process-with-sub-process.bpmn")
				.addClasspathResource(MODELS + "BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml")
				.deploy();
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyUserTaskOfTheInvoiceAndItsCalledReviewGetsOneClockWithTheClientsTargetAndDueDate() {
		at(MONDAY_10);
		ProcessInstance invoice = startInvoice();

		Task approve = openTask(invoice, "approveInvoice");
		assertThat(approve.getTenantId()).isEqualTo("umbrella");
		assertTimed(approve, "approve-invoice", "2026-11-23T14:00:00Z");
		assertThat(taskService.getIdentityLinksForTask(approve.getId()))
			.as("candidate groups from the model's decision")
			.extracting(link -> link.getGroupId())
			.containsExactlyInAnyOrder("accounting", "sales");
		taskService.setAssignee(approve.getId(), "amelia");

		at("2026-11-23T11:00:00Z");
		ProcessInstance review = sentToReview(invoice);
		assertThat(clockOf(approve).state()).isEqualTo(ClockState.MET);
		assertThat(runtimeService.getVariable(review.getId(), "client")).as("the called process has no client")
			.isNull();

		Task assign = openTask(review, "assignReviewer");
		assertThat(assign.getAssignee()).isEqualTo("demo");
		assertTimed(assign, "assign-reviewer", "2026-11-23T13:00:00Z");

		at("2026-11-23T11:30:00Z");
		taskService.complete(assign.getId(), Map.of("reviewer", "mo"));
		Task reviewTask = openTask(review, "reviewInvoice");
		assertThat(reviewTask.getAssignee()).isEqualTo("mo");
		assertTimed(reviewTask, "review-invoice", "2026-11-23T15:30:00Z");

		at("2026-11-23T12:00:00Z");
		taskService.complete(reviewTask.getId(), Map.of("clarified", true));
		Task approveAgain = openTask(invoice, "approveInvoice");
		assertThat(approveAgain.getAssignee()).as("the model's own create listener (JavaScript) ran")
			.isEqualTo("amelia");
		assertTimed(approveAgain, "approve-invoice", "2026-11-23T16:00:00Z");
		assertThat(clockOf(approveAgain).holder()).as("assigned by the model's listener").isEqualTo("amelia");

		at("2026-11-23T13:00:00Z");
		taskService.complete(approveAgain.getId(), Map.of("approved", true));
		Task transfer = openTask(invoice, "prepareBankTransfer");
		assertTimed(transfer, "bank-transfer", "2026-11-24T13:00:00Z");

		at("2026-11-23T14:00:00Z");
		taskService.complete(transfer.getId());
		assertThat(taskClocksOf(invoice)).extracting(SlaClock::taskDefinitionKey, SlaClock::state)
			.containsExactlyInAnyOrder(tuple("approveInvoice", ClockState.MET), tuple("approveInvoice", ClockState.MET),
					tuple("prepareBankTransfer", ClockState.MET));
		assertThat(clockLog.clocksOfInstance(review.getId())).extracting(SlaClock::targetId, SlaClock::state)
			.containsExactlyInAnyOrder(tuple("assign-reviewer", ClockState.MET),
					tuple("review-invoice", ClockState.MET));
		assertThat(managementService.createJobQuery().processInstanceId(invoice.getId()).singleResult().getTenantId())
			.as("the instance waits before the asynchronous archive service task, whose class is not ours")
			.isEqualTo("umbrella");
	}

	@Test
	void aJourneyThroughTheInvoiceStandsStillWhileTheCalledReviewRuns() {
		at(MONDAY_10);
		ProcessInstance invoice = startInvoice();
		assertThat(journeyOf(invoice, "invoice-approved").dueAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));

		at("2026-11-23T11:00:00Z");
		ProcessInstance review = sentToReview(invoice);
		assertThat(journeyOf(invoice, "invoice-approved").state()).isEqualTo(ClockState.PAUSED);
		at("2026-11-23T11:30:00Z");
		taskService.complete(openTask(review, "assignReviewer").getId(), Map.of("reviewer", "mo"));
		assertThat(journeyOf(invoice, "invoice-approved").state()).as("the called process is still running")
			.isEqualTo(ClockState.PAUSED);

		at("2026-11-23T13:00:00Z");
		taskService.complete(openTask(review, "reviewInvoice").getId(), Map.of("clarified", true));
		assertThat(journeyOf(invoice, "invoice-approved").dueAt()).as("7h left from 13:00: 4h on Monday, 3h on Tuesday")
			.isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
		assertTimed(openTask(invoice, "approveInvoice"), "approve-invoice", "2026-11-23T17:00:00Z");

		at("2026-11-23T14:00:00Z");
		taskService.complete(openTask(invoice, "approveInvoice").getId(), Map.of("approved", true));
		assertThat(journeyLog(invoice, "invoice-approved")).containsExactly("STARTED@2026-11-23T10:00:00Z",
				"PAUSED@2026-11-23T11:00:00Z", "RESUMED@2026-11-23T13:00:00Z", "MET@2026-11-23T14:00:00Z");
	}

	@Test
	void eachTaskOfEachInstanceOfAMultiInstanceSubProcessGetsAClockOfItsOwn() {
		at(MONDAY_10);
		ProcessInstance instance = startFor("processWithSubProcess");

		List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
		assertThat(tasks).as("10 sub-process instances, each with a multi-instance task of 2").hasSize(20);
		for (Task task : tasks) {
			assertTimed(task, "sub-process-task", "2026-11-23T11:00:00Z");
		}
		assertThat(taskClocksOf(instance)).extracting(SlaClock::taskId)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(tasks.stream().map(Task::getId).toList());

		at("2026-11-23T10:30:00Z");
		tasks.forEach(task -> taskService.complete(task.getId()));
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(taskClocksOf(instance)).hasSize(20)
			.allSatisfy(clock -> assertThat(clock.state()).isEqualTo(ClockState.MET));
	}

	@Test
	void theTasksOfAMultiInstanceSubProcessBreachingTogetherStartOneEscalationEach() {
		at(MONDAY_10);
		ProcessInstance instance = startFor("processWithSubProcess");

		at("2026-11-23T11:10:00Z");
		runDueDeadlineJobs(managementService);
		at("2026-11-23T11:20:00Z");
		runDueDeadlineJobs(managementService);

		List<SlaClock> clocks = taskClocksOf(instance);
		assertThat(clocks).hasSize(20)
			.allSatisfy(clock -> assertThat(clock.breachedAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z")));
		List<ProcessInstance> escalations = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("EscalationProcess")
			.variableValueEquals("sourceProcessInstanceId", instance.getId())
			.list();
		assertThat(escalations).extracting(ProcessInstance::getId)
			.containsExactlyInAnyOrderElementsOf(clocks.stream().map(SlaClock::escalationInstanceId).toList());
		assertThat(escalations).extracting(escalation -> runtimeService.getVariable(escalation.getId(), "slaClockId"))
			.containsExactlyInAnyOrderElementsOf(clocks.stream().map(SlaClock::id).toList());
	}

	@Test
	void cancellingTheInvoiceCancelsTheClockOfTheCalledReviewsTaskAndItNeverBreaches() {
		at(MONDAY_10);
		ProcessInstance invoice = startInvoice();
		ProcessInstance review = sentToReview(invoice);
		Task assign = openTask(review, "assignReviewer");

		at("2026-11-23T10:30:00Z");
		runtimeService.deleteProcessInstance(invoice.getId(), "withdrawn by the creditor");
		at("2026-11-23T16:00:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(assign);
		assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
		assertThat(clock.stoppedAt()).isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));
		assertThat(clock.breachedAt()).isNull();
		assertThat(escalationsOf(review)).isZero();
	}

	@Test
	void aJourneyPausedWhileTheMultiInstanceTasksOrSubProcessesAreOpenResumesOnlyWhenTheLastOfThemIsDone() {
		at(MONDAY_10);
		ProcessInstance instance = startFor("processWithSubProcess");
		List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();

		at("2026-11-23T10:10:00Z");
		tasks.subList(0, 19).forEach(task -> taskService.complete(task.getId()));
		assertThat(journeyOf(instance, "sub-process-journey").state()).as("one task is still open")
			.isEqualTo(ClockState.PAUSED);
		assertThat(journeyOf(instance, "sub-process-instances-journey").state())
			.as("one sub-process instance is still running")
			.isEqualTo(ClockState.PAUSED);

		at("2026-11-23T10:20:00Z");
		taskService.complete(tasks.get(19).getId());
		for (String journey : List.of("sub-process-journey", "sub-process-instances-journey")) {
			assertThat(journeyLog(instance, journey)).containsExactly("STARTED@2026-11-23T10:00:00Z",
					"PAUSED@2026-11-23T10:00:00Z", "RESUMED@2026-11-23T10:20:00Z", "MET@2026-11-23T10:20:00Z");
		}
	}

	@Test
	void aBoundaryTimerThatInterruptsATaskCancelsItsClockAndNoBreachIsCounted() {
		at(MONDAY_10);
		ProcessInstance instance = startFor("escalationExample");
		Task firstLine = openTask(instance, "firstLineSupport");
		assertTimed(firstLine, "first-line-support", "2026-11-23T11:00:00Z");

		at("2026-11-23T10:05:00Z");
		Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		managementService.executeJob(timer.getId());

		SlaClock cancelled = clockOf(firstLine);
		assertThat(cancelled.state()).isEqualTo(ClockState.CANCELLED);
		assertThat(cancelled.stoppedAt()).isEqualTo(Instant.parse("2026-11-23T10:05:00Z"));
		Task escalated = openTask(instance, "handleEscalation");
		assertTimed(escalated, "escalated-issue", "2026-11-23T12:05:00Z");

		at("2026-11-23T11:30:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock afterItsDueTime = clockOf(firstLine);
		assertThat(afterItsDueTime.breachedAt()).isNull();
		assertThat(eventTypes(afterItsDueTime)).containsExactly(ClockEventType.STARTED, ClockEventType.CANCELLED);
		assertThat(escalationsOf(instance)).isZero();
	}

	@Test
	void aBreachOfTheCalledReviewStartsExactlyOneEscalationForTheCallersClient() {
		at(MONDAY_10);
		ProcessInstance invoice = startInvoice();
		ProcessInstance review = sentToReview(invoice);
		taskService.complete(openTask(review, "assignReviewer").getId(), Map.of("reviewer", "mo"));
		Task reviewTask = openTask(review, "reviewInvoice");
		assertTimed(reviewTask, "review-invoice", "2026-11-23T14:00:00Z");

		at("2026-11-23T15:00:00Z");
		runDueDeadlineJobs(managementService);
		at("2026-11-23T16:00:00Z");
		runDueDeadlineJobs(managementService);

		SlaClock clock = clockOf(reviewTask);
		assertThat(clock.breachedAt()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
		List<ProcessInstance> escalations = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("EscalationProcess")
			.variableValueEquals("sourceProcessInstanceId", review.getId())
			.list();
		assertThat(escalations).hasSize(1);
		ProcessInstance escalation = escalations.get(0);
		assertThat(escalation.getId()).isEqualTo(clock.escalationInstanceId());
		assertThat(escalation.getTenantId()).isEqualTo("umbrella");
		assertThat(runtimeService.getVariables(escalation.getId())).containsEntry("client", "umbrella")
			.containsEntry("sourceTaskId", reviewTask.getId())
			.containsEntry("slaTargetId", "review-invoice")
			.containsEntry("slaClockId", clock.id());

		taskService.complete(reviewTask.getId(), Map.of("clarified", false));
		assertThat(clockOf(reviewTask).state()).isEqualTo(ClockState.BREACHED);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(invoice.getId()).count())
			.as("not clarified: the invoice ends unprocessed")
			.isZero();
		assertThat(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("EscalationProcess")
			.variableValueEquals("slaClockId", clock.id())
			.count()).isOne();
	}

	private ProcessInstance startFor(String processKey) {
		return runtimeService.startProcessInstanceByKey(processKey, Map.of("client", "umbrella"));
	}

	private ProcessInstance startInvoice() {
		return runtimeService.startProcessInstanceByKey("invoice",
				Map.of("client", "umbrella", "creditor", "Great Pizza for Everyone Inc.", "amount", 30.0,
						"invoiceCategory", "Travel Expenses", "invoiceNumber", "GPFE-23232323"));
	}

	/** Not approved: the invoice calls ReviewInvoice, whose instance this is. */
	private ProcessInstance sentToReview(ProcessInstance invoice) {
		taskService.complete(openTask(invoice, "approveInvoice").getId(), Map.of("approved", false));
		return runtimeService.createProcessInstanceQuery().superProcessInstanceId(invoice.getId()).singleResult();
	}

	/**
	 * The task has exactly one clock, of the target, due then, and the task's due date is
	 * that due time.
	 */
	private void assertTimed(Task task, String targetId, String dueAt) {
		SlaClock clock = clockOf(task);
		assertThat(clock.client()).isEqualTo("umbrella");
		assertThat(clock.targetId()).isEqualTo(targetId);
		assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
		assertThat(clock.dueAt()).isEqualTo(Instant.parse(dueAt));
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate())
			.as("due date of %s", task.getTaskDefinitionKey())
			.isEqualTo(Date.from(clock.dueAt()));
	}

	/** The clocks of the instance's tasks, without its journeys. */
	private List<SlaClock> taskClocksOf(ProcessInstance instance) {
		return clockLog.clocksOfInstance(instance.getId()).stream().filter(clock -> clock.taskId() != null).toList();
	}

	/** The log of the instance's journey of the target, as type@instant. */
	private List<String> journeyLog(ProcessInstance instance, String targetId) {
		return clockLog.events(journeyOf(instance, targetId).id())
			.stream()
			.map(event -> event.type() + "@" + event.at())
			.toList();
	}

	private SlaClock journeyOf(ProcessInstance instance, String targetId) {
		List<SlaClock> journeys = clockLog.clocksOfInstance(instance.getId())
			.stream()
			.filter(clock -> clock.taskId() == null && clock.targetId().equals(targetId))
			.toList();
		assertThat(journeys).hasSize(1);
		return journeys.get(0);
	}

	private Task openTask(ProcessInstance instance, String taskDefinitionKey) {
		return taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
	}

	private SlaClock clockOf(Task task) {
		List<SlaClock> clocks = clockLog.clocksOfTask(task.getId());
		assertThat(clocks).as("clocks of %s", task.getTaskDefinitionKey()).hasSize(1);
		return clocks.get(0);
	}

	private List<ClockEventType> eventTypes(SlaClock clock) {
		return clockLog.events(clock.id()).stream().map(ClockEvent::type).toList();
	}

	private long escalationsOf(ProcessInstance instance) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("EscalationProcess")
			.variableValueEquals("sourceProcessInstanceId", instance.getId())
			.count();
	}

}
