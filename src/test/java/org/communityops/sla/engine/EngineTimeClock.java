package org.communityops.sla.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Makes the application's "now" the engine's, which the tests set with
 * {@link EngineTime#at}; import it.
 */
@TestConfiguration
public class EngineTimeClock {

	@Bean
	@Primary
	Clock engineClock() {
		return new Clock() {

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(instant(), zone);
			}

		};
	}

}
