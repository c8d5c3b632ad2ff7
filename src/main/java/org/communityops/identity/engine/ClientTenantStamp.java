package org.communityops.identity.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Stamps every process instance with its client as tenant: the process definitions are
 * shared (deployed without a tenant), so the tenant comes from the start variable
 * {@code client}, and the instance's tasks, history and variables carry it. A called
 * process inherits its caller's tenant. A start without a client, or with one that is not
 * a tenant, or (for an authenticated caller) not one of the caller's clients, is refused
 * as a bad request: an instance without tenant would be visible to every client.
 */
@Component
class ClientTenantStamp extends AbstractProcessEnginePlugin implements TenantIdProvider {

	static final String VARIABLE = "client";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTenantIdProvider(this);
	}

	@Override
	public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
		if (context.getSuperExecution() != null) {
			return context.getSuperExecution().getTenantId();
		}
		Object client = context.getVariables().get(VARIABLE);
		String process = context.getProcessDefinition().getKey();
		if (!(client instanceof String id) || id.isBlank()) {
			throw new BadUserRequestException("Cannot start " + process + ": the variable '" + VARIABLE
					+ "' must name the client the work is for (e.g. northwind), but it is "
					+ (client == null ? "missing" : "'" + client + "'"));
		}
		CommandContext command = Context.getCommandContext();
		boolean known = command
			.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().findTenantById(id) != null);
		if (!known || !command.getTenantManager().isAuthenticatedTenant(id)) {
			throw new BadUserRequestException("Cannot start " + process + ": '" + id + "' in variable '" + VARIABLE
					+ "' is not a client you work for");
		}
		return id;
	}

	@Override
	public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
		return context.getSuperExecution() != null ? context.getSuperExecution().getTenantId() : null;
	}

	@Override
	public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
		if (context.getExecution() != null) {
			return context.getExecution().getTenantId();
		}
		return context.getCaseExecution() != null ? context.getCaseExecution().getTenantId() : null;
	}

}
