package org.communityops.sla.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many open clocks there are per client, target and state, the state being
 * {@code running}, {@code at-risk} or {@code breached} (open and breached) as
 * {@link ClockStatus} defines them (paused clocks without a warning are not counted),
 * from one grouped query. The gauges and the dashboard read the same counts.
 */
@Component
public class OpenClockCounts {

	private static final String COUNTS = """
			select client, target_id, status, count(*) as clocks from (
			  select client, target_id,
			         case when %s then '%s' when %s then '%s' when %s then '%s' end as status
			  from sla_clock where state in ('RUNNING', 'PAUSED')%s
			) open_clocks where status is not null group by client, target_id, status""".formatted(
			ClockStatus.BREACHED.condition(), ClockStatus.BREACHED.key(), ClockStatus.AT_RISK.condition(),
			ClockStatus.AT_RISK.key(), ClockStatus.RUNNING.condition(), ClockStatus.RUNNING.key(), "%s");

	private static final String ALL = COUNTS.formatted("");

	private static final String OF_CLIENT = COUNTS.formatted(" and client = :client");

	private final JdbcClient jdbc;

	OpenClockCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every client's counts; a combination without open clocks is absent. */
	public List<Count> all() {
		return jdbc.sql(ALL).query(OpenClockCounts::count).list();
	}

	/** One client's counts, through the index on state and client. */
	public List<Count> of(String client) {
		return jdbc.sql(OF_CLIENT).param("client", client).query(OpenClockCounts::count).list();
	}

	private static Count count(ResultSet row, int rowNumber) throws SQLException {
		return new Count(row.getString("client"), row.getString("target_id"),
				ClockStatus.fromKey(row.getString("status")).orElseThrow(), row.getLong("clocks"));
	}

	/**
	 * @param status {@link ClockStatus#RUNNING}, {@link ClockStatus#AT_RISK} or
	 * {@link ClockStatus#BREACHED}
	 */
	public record Count(String client, String targetId, ClockStatus status, long clocks) {
	}

}
