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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code communityops.sla.clocks}: how many open clocks there are per client, target and state, the state
 * being {@code running}, {@code at-risk} or {@code breached} (open and breached) as {@link ClockStatus} defines
 * them. Refreshed from one grouped query every {@code communityops.sla.clocks.metrics-refresh} (10s by default).
 * A combination once seen stays at 0 when its clocks are gone, so alerts see the drop.
 */
@Component
class ClockGauges {

	static final String NAME = "communityops.sla.clocks";

	private static final String COUNTS = """
			select client, target_id, status, count(*) as clocks from (
			  select client, target_id,
			         case when %s then 'breached' when %s then 'at-risk' when %s then 'running' end as status
			  from sla_clock where state in ('RUNNING', 'PAUSED')
			) open_clocks where status is not null group by client, target_id, status"""
		.formatted(ClockStatus.BREACHED.condition(), ClockStatus.AT_RISK.condition(), ClockStatus.RUNNING.condition());

	private final JdbcClient jdbc;

	private final MultiGauge gauge;

	private final Set<Tags> seen = ConcurrentHashMap.newKeySet();

	ClockGauges(JdbcClient jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.gauge = MultiGauge.builder(NAME)
			.description("Open SLA clocks per client, target and state (running, at-risk, breached)")
			.baseUnit("clocks")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${communityops.sla.clocks.metrics-refresh:10s}")
	synchronized void refresh() {
		Map<Tags, Long> counts = new HashMap<>();
		seen.forEach(tags -> counts.put(tags, 0L));
		jdbc.sql(COUNTS).query((row, n) -> {
			Tags tags = Tags.of("client", row.getString("client"), "target", row.getString("target_id"), "state",
					row.getString("status"));
			return Map.entry(tags, row.getLong("clocks"));
		}).list().forEach(count -> counts.put(count.getKey(), count.getValue()));
		seen.addAll(counts.keySet());
		List<Row<?>> rows = counts.entrySet().stream().<Row<?>>map(c -> Row.of(c.getKey(), c.getValue())).toList();
		gauge.register(rows, true);
	}

}
