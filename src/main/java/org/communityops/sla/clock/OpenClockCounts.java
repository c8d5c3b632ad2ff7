package org.communityops.sla.clock;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many open clocks there are per client, target and state, the state being {@code running}, {@code at-risk} or
 * {@code breached} (open and breached) as {@link ClockStatus} defines them (paused clocks without a warning are not
 * counted), from one grouped query. The gauges and the dashboard read the same counts.
 */
@Component
public class OpenClockCounts {

	private static final String COUNTS = """
			select client, target_id, status, count(*) as clocks from (
			  select client, target_id,
			         case when %s then 'breached' when %s then 'at-risk' when %s then 'running' end as status
			  from sla_clock where state in ('RUNNING', 'PAUSED')
			) open_clocks where status is not null group by client, target_id, status"""
		.formatted(ClockStatus.BREACHED.condition(), ClockStatus.AT_RISK.condition(), ClockStatus.RUNNING.condition());

	private final JdbcClient jdbc;

	OpenClockCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every client's counts; a combination without open clocks is absent. */
	public List<Count> all() {
		return jdbc.sql(COUNTS)
			.query((row, n) -> new Count(row.getString("client"), row.getString("target_id"), row.getString("status"),
					row.getLong("clocks")))
			.list();
	}

	/** @param status {@code running}, {@code at-risk} or {@code breached} */
	public record Count(String client, String targetId, String status, long clocks) {
	}

}
