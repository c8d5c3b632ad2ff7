package org.communityops.persistence;

import java.util.TimeZone;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs every node in UTC, whatever the JVM was started with. The engine stores its times
 * (task due dates, timers, job due dates and locks, history) as zone-less local times of
 * the JVM, so two nodes in different zones would read each other's times hours off:
 * timers fired early, live locks taken for expired, due dates shifted. Set before
 * anything else starts (logging included), so every node writes and reads the same local
 * time. Our own tables keep {@code timestamp with time zone} and never depended on it;
 * the policies' calendars name their zones.
 */
class UtcDefaultTimeZone implements EnvironmentPostProcessor {

	static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final Log log;

	UtcDefaultTimeZone(DeferredLogFactory logs) {
		this.log = logs.getLog(UtcDefaultTimeZone.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TimeZone started = TimeZone.getDefault();
		if (!started.hasSameRules(UTC)) {
			log.info("The JVM's default time zone is " + started.getID() + "; the application runs in UTC, the zone "
					+ "of the engine's stored times on every node");
		}
		TimeZone.setDefault(UTC);
	}

}
