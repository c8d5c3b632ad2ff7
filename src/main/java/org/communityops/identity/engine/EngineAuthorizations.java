package org.communityops.identity.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.communityops.identity.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Grants each role what it needs, at every start and in every profile; existing grants
 * only ever gain permissions, so a grant an administrator widened in Admin stays wide.
 * Which clients' data a grant reaches is decided by the tenant check, not here: a
 * moderator's READ on every task reads the tasks of the clients they are staffed on.
 * Client users get no grant: the engine gives a task's candidate group READ and UPDATE on
 * that task, which is exactly the work meant for them. Members of camunda-admin get ALL
 * on everything (as Camunda's own first-admin set-up grants them) and pass the tenant
 * check. Grants name groups, not clients, so they need nothing but the engine and are
 * made by a start-up runner in no particular order to the other start-up work.
 */
@Component
class EngineAuthorizations implements ApplicationRunner {

	static final String ANY = "*";

	private final AuthorizationService authorizations;

	EngineAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Resources resource : Resources.values()) {
			group(Groups.ADMINS, resource, ANY, ALL);
		}
		everyone(Resources.APPLICATION, "tasklist", ACCESS);
		everyone(Resources.FILTER, ANY, READ);
		everyone(Resources.PROCESS_DEFINITION, ANY, READ);
		for (String readers : List.of(Groups.ACCOUNT_MANAGERS, Groups.AGENCY_LEADS)) {
			group(readers, Resources.APPLICATION, "cockpit", ACCESS);
			group(readers, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY,
					CREATE_INSTANCE);
			group(readers, Resources.PROCESS_INSTANCE, ANY, READ, CREATE);
			group(readers, Resources.TASK, ANY, READ);
			group(readers, Resources.DEPLOYMENT, ANY, READ);
		}
		group(Groups.MODERATORS, Resources.APPLICATION, "cockpit", ACCESS);
		group(Groups.MODERATORS, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY,
				TASK_WORK);
		group(Groups.MODERATORS, Resources.PROCESS_INSTANCE, ANY, READ);
		group(Groups.MODERATORS, Resources.TASK, ANY, READ, TASK_WORK);
	}

	private void everyone(Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
		grant.setUserId(Authorization.ANY);
		save(grant, resource, resourceId, permissions);
	}

	private void group(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		grant.setGroupId(groupId);
		save(grant, resource, resourceId, permissions);
	}

	private void save(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
		boolean changed = grant.getId() == null;
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permission permission : permissions) {
			if (!grant.isPermissionGranted(permission)) {
				grant.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizations.saveAuthorization(grant);
		}
	}

}
