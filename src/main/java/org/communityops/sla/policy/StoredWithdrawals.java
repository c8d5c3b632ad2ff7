package org.communityops.sla.policy;

import org.springframework.data.repository.ListCrudRepository;

/** The stored withdrawals of client policies. */
interface StoredWithdrawals extends ListCrudRepository<StoredWithdrawal, Long> {

}
