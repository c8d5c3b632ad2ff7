package org.communityops.sla.policy;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.communityops.identity.ClientsInForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the policy folder at start-up once the models are deployed, where any invalid
 * file stops the start, and again whenever a file changes or another node stored
 * something, where an invalid file is reported and its client's version in force stays.
 * The database is the one source: per client the newest stored version is in force on
 * every node; this node stores a file only when it is an edit ({@link PolicyEdits}), and
 * says where its folder differs ({@link FolderDifferences}). The clients in force are
 * published ({@link ClientsInForce}) after the start-up load and whenever a load changes
 * them.
 */
@Component
class PolicyLoader {

	private static final Logger log = LoggerFactory.getLogger(PolicyLoader.class);

	/**
	 * Two nodes storing at once: the loser reads the winner's versions and decides again,
	 * a few times at most.
	 */
	private static final int ATTEMPTS = 3;

	private final PolicyFolder folder;

	private final PolicyStore store;

	private final PolicyRegistry registry;

	private final ObjectProvider<DeployedModels> models;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final DifferenceLog differenceLog = new DifferenceLog();

	private PolicyFolder.Contents loadedFiles;

	private PolicyStore.Mark loadedMark;

	private long loadedModels;

	/** Each poll asks the database; an outage is logged once, not every poll. */
	private boolean databaseUnreachable;

	PolicyLoader(PolicyFolder folder, PolicyStore store, PolicyRegistry registry, ObjectProvider<DeployedModels> models,
			Clock clock, ApplicationEventPublisher events) {
		this.folder = folder;
		this.store = store;
		this.registry = registry;
		this.models = models;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The start-up load; the clients are published after it, outside the lock, for the
	 * start-up work they start.
	 */
	@EventListener(ModelsDeployed.class)
	void loadAtStartUp() {
		loadOrStop();
		events.publishEvent(new ClientsInForce(registry.clientNames(), true));
	}

	private synchronized void loadOrStop() {
		PolicyFolder.Contents files = folder.read();
		List<PolicyProblem> errors = load(files, true).stream().filter(PolicyProblem::isError).toList();
		if (!errors.isEmpty()) {
			throw new InvalidPolicyException(errors);
		}
		log.info("SLA policies in force: {}", registry.clients());
	}

	/**
	 * Each poll reads the folder and a few numbers of the database; the stored texts only
	 * after a change.
	 */
	@Scheduled(fixedDelayString = "${communityops.sla.policies.poll-interval:2s}")
	synchronized void reloadWhenChanged() {
		if (loadedFiles == null) {
			return;
		}
		PolicyFolder.Contents files = folder.readIfPresent().orElse(loadedFiles);
		try {
			if (!files.equals(loadedFiles) || !store.mark().equals(loadedMark) || modelsRevision() != loadedModels) {
				load(files, false);
			}
			if (databaseUnreachable) {
				log.info("SLA policies: the database answers again");
				databaseUnreachable = false;
			}
		}
		catch (DataAccessException ex) {
			if (!databaseUnreachable) {
				log.warn("SLA policies: cannot read the database, the policies in force stay until it answers: {}",
						ex.getMessage());
				databaseUnreachable = true;
			}
		}
	}

	/**
	 * Loads the files; at start-up a file with errors stops the load before anything is
	 * stored.
	 */
	synchronized List<PolicyProblem> load(PolicyFolder.Contents files, boolean startup) {
		long modelsSeen = modelsRevision();
		Map<String, String> knownClients = registry.snapshot().clientOfFile();
		Map<String, String> clientOfFile = new HashMap<>(knownClients);
		clientOfFile.keySet().retainAll(files.fileNames());
		FolderCheck check = FolderCheck.of(files, models.getIfAvailable(), inForce(clientOfFile));
		if (startup && !check.rejected().isEmpty()) {
			return check.problems();
		}
		PolicyFolder.Contents previous = startup ? null : loadedFiles;
		for (int attempt = 1; attempt <= ATTEMPTS && storeEdits(previous, knownClients, files, check); attempt++) {
			log.info("Another node stored an SLA policy change first; reading its versions (attempt {})", attempt);
		}
		PolicyStore.Mark mark = store.mark();
		StoredPolicies stored = store.all();
		check.accepted().forEach(parsed -> clientOfFile.put(parsed.file(), parsed.policyOrThrow().client()));
		List<String> differences = FolderDifferences.of(stored, files, check);
		Set<String> newlyWithdrawn = new HashSet<>(stored.withdrawn());
		newlyWithdrawn.removeAll(registry.snapshot().withdrawn());
		boolean clientsChanged = registry.publish(new PolicyRegistry.Snapshot(stored.versions(), stored.withdrawn(),
				clientOfFile, check.problems(), differences));
		if (startup || !files.equals(loadedFiles)) {
			report(check);
		}
		newlyWithdrawn.forEach(client -> log
			.warn("SLA policy {} is withdrawn (its file was removed); it governs no" + " new clocks", client));
		loadedFiles = files;
		loadedMark = mark;
		loadedModels = modelsSeen;
		differenceLog.report(differences);
		if (clientsChanged && !startup) {
			events.publishEvent(new ClientsInForce(registry.clientNames(), false));
		}
		return check.problems();
	}

	/**
	 * Deployed models change which model references are warned about, whoever deployed
	 * them.
	 */
	private long modelsRevision() {
		DeployedModels deployed = models.getIfAvailable();
		return deployed == null ? 0 : deployed.revision();
	}

	/**
	 * The files whose versions are in force: this node's, or at its start the files of
	 * the newest stored ones.
	 */
	private Set<String> inForce(Map<String, String> clientOfFile) {
		Set<String> files = new HashSet<>(clientOfFile.keySet());
		if (files.isEmpty()) {
			store.all().versions().values().forEach(history -> files.add(history.get(history.size() - 1).file()));
		}
		return files;
	}

	/**
	 * Stores this node's edits; true when another node stored the same version or
	 * withdrawal first.
	 */
	private boolean storeEdits(PolicyFolder.Contents previous, Map<String, String> clientOfFile,
			PolicyFolder.Contents files, FolderCheck check) {
		PolicyEdits edits = PolicyEdits.of(store.all(), previous, clientOfFile, files, check, clock.instant());
		if (edits.isEmpty()) {
			return false;
		}
		try {
			if (!edits.versions().isEmpty()) {
				store.save(edits.versions());
			}
			if (!edits.withdrawals().isEmpty()) {
				store.withdraw(edits.withdrawals(), clock.instant());
			}
		}
		catch (DbActionExecutionException | DuplicateKeyException ex) {
			if (!(ex instanceof DuplicateKeyException) && !(ex.getCause() instanceof DuplicateKeyException)) {
				throw ex;
			}
			return true;
		}
		edits.versions()
			.forEach(version -> log.info("SLA policy {} version {} stored from {}", version.client(), version.version(),
					version.fileName()));
		return false;
	}

	/**
	 * The folder's problems, logged when its files changed (not when only another node
	 * stored something).
	 */
	private void report(FolderCheck check) {
		List<PolicyProblem> errors = check.problems().stream().filter(PolicyProblem::isError).toList();
		if (!errors.isEmpty()) {
			log.error("{}\nThe last good version of each affected policy stays in force.",
					new InvalidPolicyException(errors).getMessage());
		}
		check.problems().stream().filter(problem -> !problem.isError()).forEach(warning -> log.warn("{}", warning));
	}

}
