package org.communityops.sla.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A process of one task, {@code Task_FirstResponse}, which northwind's first-response
 * target times.
 */
final class OneTaskProcess {

	private OneTaskProcess() {
	}

	/** Deploys the process under the key unless a test before did. */
	static void deployOnce(RepositoryService repositoryService, String key) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
			repositoryService.createDeployment()
				.addModelInstance(key + ".bpmn",
						Bpmn.createExecutableProcess(key)
							.camundaHistoryTimeToLive(30)
							.startEvent()
							.userTask("Task_FirstResponse")
							.endEvent()
							.done())
				.deploy();
		}
	}

}
