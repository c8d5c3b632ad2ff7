package org.communityops.sla.clock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code communityops.sla.clocks}: how many open clocks there are per client,
 * target and state, the state being {@code running}, {@code at-risk} or {@code breached}
 * (open and breached) as {@link ClockStatus} defines them ({@link OpenClockCounts}).
 * Refreshed every {@code communityops.sla.clocks.metrics-refresh} (10s by default). A
 * combination once seen stays at 0 when its clocks are gone, so alerts see the drop.
 */
@Component
class ClockGauges {

	static final String NAME = "communityops.sla.clocks";

	private final OpenClockCounts openClocks;

	private final MultiGauge gauge;

	private final Set<Tags> seen = ConcurrentHashMap.newKeySet();

	ClockGauges(OpenClockCounts openClocks, MeterRegistry registry) {
		this.openClocks = openClocks;
		this.gauge = MultiGauge.builder(NAME)
			.description("Open SLA clocks per client, target and state (running, at-risk, breached)")
			.baseUnit("clocks")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${communityops.sla.clocks.metrics-refresh:10s}")
	synchronized void refresh() {
		Map<Tags, Long> counts = new HashMap<>();
		seen.forEach(tags -> counts.put(tags, 0L));
		openClocks.all()
			.forEach(count -> counts.put(
					Tags.of("client", count.client(), "target", count.targetId(), "state", count.status().key()),
					count.clocks()));
		seen.addAll(counts.keySet());
		List<Row<?>> rows = counts.entrySet().stream().<Row<?>>map(c -> Row.of(c.getKey(), c.getValue())).toList();
		gauge.register(rows, true);
	}

}
