package org.communityops.sla.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the policy folder at start-up, where any invalid file stops the start, and again whenever a file changes,
 * where an invalid file is reported and its client's last good version stays in force. A file whose text differs
 * from its client's newest stored version becomes that client's next version.
 */
@Component
@Order(5)
class PolicyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PolicyLoader.class);

	private final PolicyFolder folder;

	private final PolicyStore store;

	private final PolicyRegistry registry;

	private final ObjectProvider<DeployedModels> models;

	private final Clock clock;

	private PolicyFolder.Contents loadedFiles;

	PolicyLoader(PolicyFolder folder, PolicyStore store, PolicyRegistry registry, ObjectProvider<DeployedModels> models,
			Clock clock) {
		this.folder = folder;
		this.store = store;
		this.registry = registry;
		this.models = models;
		this.clock = clock;
	}

	@Override
	public synchronized void run(ApplicationArguments args) {
		PolicyFolder.Contents files = folder.read();
		List<PolicyProblem> errors = load(files, true).stream().filter(PolicyProblem::isError).toList();
		if (!errors.isEmpty()) {
			throw new InvalidPolicyException(errors);
		}
		log.info("SLA policies in force: {}", registry.clients());
	}

	@Scheduled(fixedDelayString = "${communityops.sla.policies.poll-interval:2s}")
	synchronized void reloadWhenChanged() {
		if (loadedFiles == null) {
			return;
		}
		PolicyFolder.Contents files = folder.read();
		if (!files.equals(loadedFiles)) {
			load(files, false);
		}
	}

	/** Loads the files; at start-up a file with errors stops the load before anything is stored. */
	synchronized List<PolicyProblem> load(PolicyFolder.Contents files, boolean startup) {
		Map<String, String> clientOfFile = new HashMap<>(registry.snapshot().clientOfFile());
		clientOfFile.keySet().retainAll(files.fileNames());
		FolderCheck check = FolderCheck.of(files, models.getIfAvailable(), inForce(clientOfFile));
		if (startup && !check.rejected().isEmpty()) {
			return check.problems();
		}
		try {
			storeChanged(files, check);
		}
		catch (DbActionExecutionException | DuplicateKeyException ex) {
			if (!(ex instanceof DuplicateKeyException) && !(ex.getCause() instanceof DuplicateKeyException)) {
				throw ex;
			}
			log.info("Another node stored the same SLA policy change first; reading its versions");
		}
		Map<String, List<PolicyVersion>> versions = store.all();
		check.accepted().forEach(parsed -> clientOfFile.put(parsed.file(), parsed.policyOrThrow().client()));
		Set<String> withdrawn = new HashSet<>(versions.keySet());
		withdrawn.removeAll(clientOfFile.values());
		registry.publish(new PolicyRegistry.Snapshot(versions, withdrawn, clientOfFile, check.problems()));
		loadedFiles = files;
		report(check, withdrawn);
		return check.problems();
	}

	/** The files whose versions are in force: this node's, or at its start the files of the newest stored ones. */
	private Set<String> inForce(Map<String, String> clientOfFile) {
		Set<String> files = new HashSet<>(clientOfFile.keySet());
		if (files.isEmpty()) {
			store.all().values().forEach(history -> files.add(history.get(history.size() - 1).file()));
		}
		return files;
	}

	private void storeChanged(PolicyFolder.Contents files, FolderCheck check) {
		Map<String, List<PolicyVersion>> stored = store.all();
		List<StoredPolicyVersion> changed = new ArrayList<>();
		for (ParsedPolicy parsed : check.accepted()) {
			SlaPolicy policy = parsed.policyOrThrow();
			String content = files.texts().get(parsed.file());
			String sha = sha256(content);
			List<PolicyVersion> history = stored.getOrDefault(policy.client(), List.of());
			PolicyVersion newest = history.isEmpty() ? null : history.get(history.size() - 1);
			if (newest == null || !newest.contentSha256().equals(sha)) {
				int version = newest == null ? 1 : newest.version() + 1;
				changed.add(StoredPolicyVersion.of(policy.client(), version, parsed.file(), content, sha,
						policy.contract().effective(), clock.instant()));
				log.info("SLA policy {} version {} loaded from {}", policy.client(), version, parsed.file());
			}
		}
		if (!changed.isEmpty()) {
			store.save(changed);
		}
	}

	private void report(FolderCheck check, Set<String> withdrawn) {
		List<PolicyProblem> errors = check.problems().stream().filter(PolicyProblem::isError).toList();
		if (!errors.isEmpty()) {
			log.error("{}\nThe last good version of each affected policy stays in force.",
					new InvalidPolicyException(errors).getMessage());
		}
		check.problems().stream().filter(problem -> !problem.isError()).forEach(warning -> log.warn("{}", warning));
		withdrawn.forEach(client -> log.warn("SLA policy {} has no file any more; it governs no new clocks", client));
	}

	static String sha256(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
