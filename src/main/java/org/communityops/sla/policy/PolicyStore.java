package org.communityops.sla.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored policy versions, parsed, and the withdrawals. Each stored row is parsed once
 * and kept, since rows never change; the database stays the one record shared by every
 * node of the application. {@link #mark()} tells cheaply whether any node stored
 * something since the last reading.
 */
@Component
class PolicyStore {

	private static final Logger log = LoggerFactory.getLogger(PolicyStore.class);

	/**
	 * Rows are never deleted, so each commit of a node raises a count; one round trip, no
	 * text read.
	 */
	private static final String MARK = """
			select (select count(*) from sla_policy_version) as versions,
			       (select coalesce(max(id), 0) from sla_policy_version) as newest_id,
			       (select count(*) from sla_policy_withdrawal) as withdrawals""";

	private final StoredPolicyVersions rows;

	private final StoredWithdrawals withdrawals;

	private final JdbcClient jdbc;

	/**
	 * Stores in a transaction of its own: on PostgreSQL an insert that loses to another
	 * node's (duplicate key) aborts its transaction, and the loader reads the winner's
	 * rows next, which an aborted surrounding transaction refuses.
	 */
	private final TransactionTemplate ownTransaction;

	private final Map<Long, PolicyVersion> parsed = new ConcurrentHashMap<>();

	PolicyStore(StoredPolicyVersions rows, StoredWithdrawals withdrawals, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.rows = rows;
		this.withdrawals = withdrawals;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What is stored now, in a few numbers: differs from an earlier mark once any node
	 * stored anything since.
	 */
	record Mark(long versions, long newestId, long withdrawals) {
	}

	Mark mark() {
		return jdbc.sql(MARK)
			.query((row, n) -> new Mark(row.getLong("versions"), row.getLong("newest_id"), row.getLong("withdrawals")))
			.single();
	}

	/**
	 * Every stored version per client, oldest first, and the clients withdrawn after
	 * their newest version.
	 */
	StoredPolicies all() {
		Map<String, List<PolicyVersion>> byClient = new LinkedHashMap<>();
		for (StoredPolicyVersion row : rows.findAllByOrderByClientAscVersionAsc()) {
			PolicyVersion version = parsed.computeIfAbsent(row.id(), id -> parse(row));
			if (version != null) {
				byClient.computeIfAbsent(row.client(), client -> new ArrayList<>()).add(version);
			}
		}
		byClient.replaceAll((client, versions) -> List.copyOf(versions));
		Map<String, Integer> lastWithdrawn = new HashMap<>();
		withdrawals.findAll().forEach(row -> lastWithdrawn.merge(row.client(), row.version(), Math::max));
		Set<String> withdrawn = new HashSet<>();
		lastWithdrawn.forEach((client, version) -> {
			List<PolicyVersion> history = byClient.getOrDefault(client, List.of());
			if (!history.isEmpty() && history.get(history.size() - 1).version() <= version) {
				withdrawn.add(client);
			}
		});
		return new StoredPolicies(byClient, withdrawn);
	}

	/** Stores new versions together, or none of them. */
	void save(List<StoredPolicyVersion> versions) {
		ownTransaction.executeWithoutResult(status -> rows.saveAll(versions));
	}

	/**
	 * Withdraws the clients' policies after their versions given, together or none of
	 * them.
	 */
	void withdraw(Map<String, Integer> newestVersions, Instant at) {
		List<StoredWithdrawal> rows = newestVersions.entrySet()
			.stream()
			.map(client -> StoredWithdrawal.of(client.getKey(), client.getValue(), at))
			.toList();
		ownTransaction.executeWithoutResult(status -> withdrawals.saveAll(rows));
	}

	private static PolicyVersion parse(StoredPolicyVersion row) {
		ParsedPolicy policy = PolicyParser.parse(row.fileName(), row.content());
		if (!policy.isValid()) {
			// Only a stricter parser makes a stored version invalid; it can then no
			// longer govern new clocks.
			log.warn("Stored SLA policy {} version {} no longer parses:\n{}", row.client(), row.version(),
					new InvalidPolicyException(policy.errors()).getMessage());
			return null;
		}
		return PolicyVersion.of(row, policy.policyOrThrow());
	}

}
