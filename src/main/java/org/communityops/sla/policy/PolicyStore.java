package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stored policy versions, parsed. Each stored row is parsed once and kept, since rows never change; the
 * database stays the one record shared by every node of the application.
 */
@Component
class PolicyStore {

	private static final Logger log = LoggerFactory.getLogger(PolicyStore.class);

	private final StoredPolicyVersions rows;

	private final Map<Long, PolicyVersion> parsed = new ConcurrentHashMap<>();

	PolicyStore(StoredPolicyVersions rows) {
		this.rows = rows;
	}

	/** Every stored version per client, oldest first. */
	Map<String, List<PolicyVersion>> all() {
		Map<String, List<PolicyVersion>> byClient = new LinkedHashMap<>();
		for (StoredPolicyVersion row : rows.findAllByOrderByClientAscVersionAsc()) {
			PolicyVersion version = parsed.computeIfAbsent(row.id(), id -> parse(row));
			if (version != null) {
				byClient.computeIfAbsent(row.client(), client -> new ArrayList<>()).add(version);
			}
		}
		byClient.replaceAll((client, versions) -> List.copyOf(versions));
		return byClient;
	}

	/** Stores new versions together, or none of them. */
	void save(List<StoredPolicyVersion> versions) {
		rows.saveAll(versions);
	}

	private static PolicyVersion parse(StoredPolicyVersion row) {
		ParsedPolicy policy = PolicyParser.parse(row.fileName(), row.content());
		if (!policy.isValid()) {
			// Only a stricter parser makes a stored version invalid; it can then no longer govern new clocks.
			log.warn("Stored SLA policy {} version {} no longer parses:\n{}", row.client(), row.version(),
					new InvalidPolicyException(policy.errors()).getMessage());
			return null;
		}
		return PolicyVersion.of(row, policy.policyOrThrow());
	}

}
