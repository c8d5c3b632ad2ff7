package org.communityops.sla.policy;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The stored versions of the policy files. */
interface StoredPolicyVersions extends ListCrudRepository<StoredPolicyVersion, Long> {

	List<StoredPolicyVersion> findAllByOrderByClientAscVersionAsc();

}
