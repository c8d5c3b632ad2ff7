package org.communityops.process.engine;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.communityops.sla.policy.DeployedModels;
import org.springframework.stereotype.Component;

/**
 * The ids of the latest version of every process definition deployed in the engine,
 * whoever deployed it.
 */
@Component
class EngineDeployedModels implements DeployedModels {

	private final RepositoryService repositoryService;

	EngineDeployedModels(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public Set<String> processIds() {
		Set<String> ids = new HashSet<>();
		latestDefinitions().forEach(definition -> ids.add(definition.getKey()));
		return ids;
	}

	@Override
	public Set<String> activityIds() {
		Set<String> ids = new HashSet<>();
		for (ProcessDefinition definition : latestDefinitions()) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
			model.getModelElementsByType(FlowElement.class).forEach(element -> ids.add(element.getId()));
		}
		return ids;
	}

	/**
	 * Every version of every definition counts, so a new version of a known process
	 * changes it too.
	 */
	@Override
	public long revision() {
		return repositoryService.createProcessDefinitionQuery().count();
	}

	private Iterable<ProcessDefinition> latestDefinitions() {
		return repositoryService.createProcessDefinitionQuery().latestVersion().list();
	}

}
