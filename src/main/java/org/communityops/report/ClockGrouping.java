package org.communityops.report;

import static org.communityops.report.ClockScan.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.communityops.report.ScannedClock.Change;

/**
 * Gathers the consecutive rows of one clock (a row of {@link ClockScan}'s queries per log entry, or one without)
 * into a {@link ScannedClock}, its entries in log order: by instant, then by the order they were written in.
 */
final class ClockGrouping {

	private static final Comparator<Entry> LOG_ORDER = Comparator.comparing(Entry::at).thenComparingLong(Entry::id);

	private final Consumer<ScannedClock> each;

	private ScannedClock pending;

	private final List<Entry> entries = new ArrayList<>();

	ClockGrouping(Consumer<ScannedClock> each) {
		this.each = each;
	}

	void row(ResultSet rows) throws SQLException {
		String id = rows.getString(1);
		if (pending == null || !pending.id().equals(id)) {
			finish();
			pending = new ScannedClock(id, rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5),
					rows.getString(6), rows.getLong(7), rows.getString(8), instant(rows, 9), instant(rows, 10),
					instant(rows, 11), instant(rows, 12), rows.getString(13), new ArrayList<>());
		}
		String type = rows.getString(14);
		if (type != null) {
			entries.add(new Entry(rows.getLong(17), instant(rows, 15), new Change(type, instant(rows, 15),
					rows.getString(16), rows.getString(18))));
		}
	}

	/** Hands on the clock whose rows were read last, if any. */
	void finish() {
		if (pending != null) {
			entries.sort(LOG_ORDER);
			entries.forEach(entry -> pending.changes().add(entry.change()));
			entries.clear();
			each.accept(pending);
			pending = null;
		}
	}

	private record Entry(long id, Instant at, Change change) {
	}

}
