package org.communityops.security.engine;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link EngineRestExceptions}' mappers and {@link EngineRestBodies} to every JAX-RS
 * application of the engine: the engine REST API at {@code /engine-rest} and the webapps'
 * engine API at {@code /camunda/api/engine}, which the webapps start themselves (so no
 * configuration bean reaches it). Found by Jersey through {@code META-INF/services}.
 */
public final class EngineRestProviders implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		for (Class<?> provider : new Class<?>[] { EngineRestExceptions.EngineErrors.class,
				EngineRestExceptions.RestErrors.class, EngineRestExceptions.OtherErrors.class,
				EngineRestBodies.class }) {
			if (!context.getConfiguration().isRegistered(provider)) {
				context.register(provider);
			}
		}
	}

}
