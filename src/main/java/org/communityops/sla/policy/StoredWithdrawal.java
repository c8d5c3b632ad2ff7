package org.communityops.sla.policy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's policy withdrawn after its version {@code version}, because a running node
 * saw the client's file removed. A later stored version of the client puts the policy
 * back in force. Stored once, never changed.
 */
@Table("sla_policy_withdrawal")
record StoredWithdrawal(@Id Long id, String client, int version, Instant withdrawnAt) {

	static StoredWithdrawal of(String client, int version, Instant withdrawnAt) {
		return new StoredWithdrawal(null, client, version, withdrawnAt);
	}

}
