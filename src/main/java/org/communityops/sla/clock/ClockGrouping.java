package org.communityops.sla.clock;

import static org.communityops.sla.clock.ClockRecords.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers the consecutive rows of one clock (a row of {@link ClockRecords}' queries per
 * log entry, or one without) into a {@link ClockRecord}, its entries in log order: by
 * instant, then by the order they were written in.
 */
final class ClockGrouping {

	private static final Comparator<ClockEvent> LOG_ORDER = Comparator.comparing(ClockEvent::at)
		.thenComparingLong(ClockEvent::id);

	private final Consumer<ClockRecord> each;

	private ClockRecord pending;

	private final List<ClockEvent> entries = new ArrayList<>();

	ClockGrouping(Consumer<ClockRecord> each) {
		this.each = each;
	}

	void row(ResultSet rows) throws SQLException {
		String id = rows.getString(1);
		if (pending == null || !pending.id().equals(id)) {
			finish();
			pending = new ClockRecord(id, rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5),
					rows.getString(6), rows.getLong(7), ClockState.valueOf(rows.getString(8)), instant(rows, 9),
					instant(rows, 10), instant(rows, 11), instant(rows, 12), rows.getString(13), List.of());
		}
		String type = rows.getString(14);
		if (type != null) {
			entries.add(new ClockEvent(rows.getLong(17), id, ClockEventType.valueOf(type), instant(rows, 15),
					rows.getString(16), rows.getString(18)));
		}
	}

	/** Hands on the clock whose rows were read last, if any. */
	void finish() {
		if (pending != null) {
			entries.sort(LOG_ORDER);
			each.accept(pending.withLog(entries));
			entries.clear();
			pending = null;
		}
	}

}
