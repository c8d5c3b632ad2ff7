package org.communityops.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus {@link EngineRestExceptions}. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

	@Override
	public void afterPropertiesSet() throws Exception {
		super.afterPropertiesSet();
		register(EngineRestExceptions.EngineErrors.class);
		register(EngineRestExceptions.RestErrors.class);
	}

}
