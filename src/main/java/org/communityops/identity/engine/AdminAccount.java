package org.communityops.identity.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.communityops.identity.AdminProperties;
import org.communityops.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The configured administrator ({@link AdminProperties}): refuses the start when one is
 * required and missing, and at every start creates the account in group camunda-admin, or
 * sets its password to the configured one. It needs nothing but the engine, so it is a
 * start-up runner in no particular order to the other start-up work.
 */
@Component
class AdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	/** Group, user, membership: each step can be lost to another node once. */
	private static final int RACES = 4;

	private final IdentityService identityService;

	private final AdminProperties properties;

	AdminAccount(IdentityService identityService, AdminProperties properties) {
		properties.check();
		this.identityService = identityService;
		this.properties = properties;
	}

	/**
	 * Nodes starting together on a fresh database race to create the same rows; the node
	 * whose insert loses finds them when it looks again.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (!properties.configured()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				ensureAccount();
				return;
			}
			catch (ProcessEngineException raced) {
				if (attempt == RACES) {
					throw raced;
				}
				log.debug("Another node created part of the administrator account at the same time; looking again",
						raced);
			}
		}
	}

	private void ensureAccount() {
		if (identityService.createGroupQuery().groupId(Groups.ADMINS).count() == 0) {
			Group admins = identityService.newGroup(Groups.ADMINS);
			admins.setName("Administrators");
			admins.setType("SYSTEM");
			identityService.saveGroup(admins);
		}
		String id = properties.username().trim();
		User user = identityService.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identityService.newUser(id);
			user.setFirstName("Administrator");
			user.setLastName(id);
			user.setPassword(properties.password());
			identityService.saveUser(user);
			log.info("Created the administrator account '{}'", id);
		}
		else if (!identityService.checkPassword(id, properties.password())) {
			user.setPassword(properties.password());
			identityService.saveUser(user);
			log.info("Set the configured password of the administrator account '{}'", id);
		}
		if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.ADMINS).count() == 0) {
			identityService.createMembership(id, Groups.ADMINS);
		}
	}

}
