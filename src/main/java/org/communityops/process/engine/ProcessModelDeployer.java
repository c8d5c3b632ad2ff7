package org.communityops.process.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.communityops.sla.policy.ModelsDeployed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.communityops.process.ProcessesProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model and form in {@code processes/} at start-up. The engine filters
 * duplicates, so only files that changed since the last deployment become new versions;
 * unchanged ones keep theirs. A file the engine cannot parse is logged and reported in
 * health with its line ({@link RejectedModels}), and the others are deployed without it:
 * one broken model does not take the other processes down. The start-up work that needs
 * the models, the SLA policies first, follows from {@link ModelsDeployed}, so it is all
 * done before the application is ready.
 */
@Component
class ProcessModelDeployer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

	static final List<String> MODEL_EXTENSIONS = List.of("bpmn", "dmn", "form");

	private final RepositoryService repositoryService;

	private final ProcessesProperties properties;

	private final RejectedModels rejected;

	private final ApplicationEventPublisher events;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	ProcessModelDeployer(RepositoryService repositoryService, ProcessesProperties properties, RejectedModels rejected,
			ApplicationEventPublisher events) {
		this.repositoryService = repositoryService;
		this.properties = properties;
		this.rejected = rejected;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		deploy();
		events.publishEvent(new ModelsDeployed());
	}

	/**
	 * Deploys the folder's files but those the engine refuses; empty when it refused them
	 * all.
	 */
	Optional<DeploymentWithDefinitions> deploy() {
		String location = folder();
		List<ModelFile> files = new ArrayList<>(modelFiles(location));
		List<String> refused = new ArrayList<>();
		Optional<DeploymentWithDefinitions> deployment = Optional.empty();
		while (!files.isEmpty() && deployment.isEmpty()) {
			try {
				deployment = Optional.of(deployment(location, files).deployWithResult());
			}
			catch (ParseException refusal) {
				Set<String> broken = RejectedModels.files(refusal);
				if (broken.isEmpty()) {
					throw refusal;
				}
				List<String> errors = RejectedModels.describe(refusal);
				errors.forEach(error -> log.error("Process model refused: {}", error));
				refused.addAll(errors);
				files.removeIf(file -> broken.contains(file.name()));
			}
		}
		rejected.record(refused);
		int changed = deployment.map(DeploymentWithDefinitions::getDeployedProcessDefinitions)
			.map(List::size)
			.orElse(0);
		log.info("Deployed {} model files from {}: {} process definition(s) new or changed", files.size(), location,
				changed);
		ProcessModelConventions.check(files).forEach(violation -> log.warn("Process model convention: {}", violation));
		return deployment;
	}

	private DeploymentBuilder deployment(String location, List<ModelFile> files) {
		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(properties.deploymentName())
			.source(location)
			.enableDuplicateFiltering(true);
		for (ModelFile file : files) {
			builder.addInputStream(file.name(), file.open());
		}
		return builder;
	}

	private String folder() {
		String location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		if (resolver.getResource(location).exists()) {
			return location;
		}
		log.warn("Process folder {} not found; deploying the models packaged in the application", location);
		return ProcessesProperties.PACKAGED_LOCATION;
	}

	private List<ModelFile> modelFiles(String location) {
		List<ModelFile> files = new ArrayList<>();
		try {
			String root = absoluteUrl(resolver.getResource(location));
			for (String extension : MODEL_EXTENSIONS) {
				for (Resource resource : resolver.getResources(location + "**/*." + extension)) {
					files.add(new ModelFile(absoluteUrl(resource).substring(root.length()), resource));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read process models from " + location, ex);
		}
		files.sort(Comparator.comparing(ModelFile::name));
		return files;
	}

	/**
	 * The resource's URL, absolute also for a folder given relative to the working
	 * directory.
	 */
	private static String absoluteUrl(Resource resource) throws IOException {
		if (resource.isFile()) {
			return resource.getFile().getAbsoluteFile().toPath().normalize().toUri().toString();
		}
		return resource.getURL().toString();
	}

}
