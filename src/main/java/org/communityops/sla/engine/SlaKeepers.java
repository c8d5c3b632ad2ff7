package org.communityops.sla.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.communityops.sla.clock.ClockKeeper;
import org.communityops.sla.clock.DeadlineSweep;
import org.communityops.sla.clock.JourneyKeeper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The keepers of the SLA clocks and the engine services that the engine side calls, each
 * looked up on first use and kept. The indirection breaks a cycle: the engine plugin
 * ({@link SlaEnginePlugin}) and the listeners and job handlers it hands the engine are
 * built before the engine, while the keepers need the engine, whose jobs carry their
 * deadlines and whose runtime service starts their escalations. Nothing is looked up
 * before the engine first calls in, and by then the engine and the keepers exist. The one
 * place of such look-ups on the engine side.
 */
@Component
class SlaKeepers {

	private final Supplier<ClockKeeper> clocks;

	private final Supplier<JourneyKeeper> journeys;

	private final Supplier<DeadlineSweep> sweep;

	private final Supplier<RuntimeService> runtimeService;

	private final Supplier<ProcessEngineConfigurationImpl> engine;

	SlaKeepers(ObjectProvider<ClockKeeper> clocks, ObjectProvider<JourneyKeeper> journeys,
			ObjectProvider<DeadlineSweep> sweep, ObjectProvider<RuntimeService> runtimeService,
			ObjectProvider<ProcessEngineConfigurationImpl> engine) {
		this.clocks = SingletonSupplier.of(clocks::getObject);
		this.journeys = SingletonSupplier.of(journeys::getObject);
		this.sweep = SingletonSupplier.of(sweep::getObject);
		this.runtimeService = SingletonSupplier.of(runtimeService::getObject);
		this.engine = SingletonSupplier.of(engine::getObject);
	}

	ClockKeeper clocks() {
		return clocks.get();
	}

	JourneyKeeper journeys() {
		return journeys.get();
	}

	DeadlineSweep sweep() {
		return sweep.get();
	}

	RuntimeService runtimeService() {
		return runtimeService.get();
	}

	/** This node's job executor, or null when the engine has none. */
	JobExecutor jobExecutor() {
		return engine.get().getJobExecutor();
	}

}
