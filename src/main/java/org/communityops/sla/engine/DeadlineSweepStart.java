package org.communityops.sla.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure the deadline sweep runs: starts a chain of sweep jobs unless
 * one exists. Its first run is due at once, so deadlines that passed while the
 * application was down are acted on right after the start.
 */
@Component
@ConditionalOnProperty(name = "communityops.sla.clocks.enabled", matchIfMissing = true)
class DeadlineSweepStart implements ApplicationRunner {

	private final ProcessEngineConfigurationImpl engine;

	DeadlineSweepStart(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		engine.getCommandExecutorTxRequired().execute(commandContext -> {
			DeadlineSweepJobHandler.startChainIfNone(commandContext);
			return null;
		});
	}

}
