package org.communityops.sla.clock;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.communityops.identity.VisibleClients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds clocks by client, state and target, among the clients a caller sees, one page at
 * a time, in plain SQL that runs on H2 and PostgreSQL. Open clocks come first, soonest
 * due first (so the most overdue lead), then open clocks without a due time (paused),
 * then stopped clocks, most recently stopped first. One query builder serves every
 * question: the list endpoint's and the dashboard's (its at-risk clocks and its
 * breaches), as {@link ClockQuery} filters.
 */
@Component
public class ClockSearch {

	private static final String ORDER = """
			order by case when state in ('RUNNING', 'PAUSED') and due_at is not null then 0
			              when state in ('RUNNING', 'PAUSED') then 1 else 2 end,
			         case when state in ('RUNNING', 'PAUSED') then due_at end,
			         stopped_at desc, id""";

	private final JdbcClient jdbc;

	private final SlaClocks clocks;

	ClockSearch(JdbcClient jdbc, SlaClocks clocks) {
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	/** Finds among the clocks of the visible clients only. */
	public Found find(ClockQuery query, VisibleClients visible) {
		List<String> conditions = new ArrayList<>(List.of("1 = 1"));
		Map<String, Object> params = new HashMap<>();
		if (!visible.all()) {
			conditions.add(visible.clients().isEmpty() ? "1 = 0" : "client in (:visible)");
			params.put("visible", visible.sorted());
		}
		if (query.client() != null) {
			conditions.add("client = :client");
			params.put("client", query.client());
		}
		if (query.targetId() != null) {
			conditions.add("target_id = :target");
			params.put("target", query.targetId());
		}
		if (query.status() != null) {
			conditions.add("(" + query.status().condition() + ")");
		}
		if (query.openOrBreachedSince() != null) {
			conditions.add("(state in ('RUNNING', 'PAUSED') or breached_at >= :since)");
			// JDBC knows no Instant: PostgreSQL's driver refuses one, so it goes as the
			// column's type.
			params.put("since", OffsetDateTime.ofInstant(query.openOrBreachedSince(), ZoneOffset.UTC));
		}
		return page(conditions, params, query.size(), query.offset());
	}

	private Found page(List<String> conditions, Map<String, Object> params, int size, long offset) {
		String where = " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from sla_clock" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", offset);
		List<String> ids = jdbc.sql("select id from sla_clock" + where + " " + ORDER + " limit :limit offset :offset")
			.params(params)
			.query(String.class)
			.list();
		return new Found(inOrder(ids), total);
	}

	private List<SlaClock> inOrder(List<String> ids) {
		Map<String, SlaClock> byId = clocks.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(SlaClock::id, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** One page of clocks, and how many match in all. */
	public record Found(List<SlaClock> clocks, long total) {
	}

}
