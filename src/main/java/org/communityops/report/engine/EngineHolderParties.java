package org.communityops.report.engine;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.communityops.report.HolderParties;
import org.communityops.report.Party;
import org.springframework.stereotype.Component;

/**
 * Client users are the members of the engine group {@code client-<client>} (e.g.
 * {@code client-northwind}); every other holder works for the agency. The members are
 * read once per report, with the engine's own rights: whose side a holder is on is a fact
 * of the report, the same whoever downloads it, not something the caller's rights on
 * users may hide (an account manager, who may not read users, saw every client user as
 * the agency's).
 */
@Component
class EngineHolderParties implements HolderParties {

	static final String CLIENT_GROUP_PREFIX = "client-";

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	EngineHolderParties(IdentityService identity, ProcessEngineConfigurationImpl engine) {
		this.identity = identity;
		this.engine = engine;
	}

	@Override
	public Function<String, Party> forClient(String client) {
		Set<String> clientUsers = engine.getCommandExecutorTxRequired()
			.execute(command -> command.runWithoutAuthorization(
					() -> identity.createUserQuery().memberOfGroup(CLIENT_GROUP_PREFIX + client).list()))
			.stream()
			.map(User::getId)
			.collect(Collectors.toUnmodifiableSet());
		return holder -> holder == null ? Party.UNASSIGNED : clientUsers.contains(holder) ? Party.CLIENT : Party.AGENCY;
	}

}
