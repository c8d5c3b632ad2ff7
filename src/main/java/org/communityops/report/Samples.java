package org.communityops.report;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A growing array of primitive longs (8 bytes a value, no boxing) and its exact
 * nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank
 * ceil(p/100 * n), so the median of 4 values is the 2nd.
 */
final class Samples {

	private long[] values = new long[64];

	private int size;

	private boolean sorted = true;

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
		sorted = false;
	}

	int size() {
		return size;
	}

	/**
	 * The nearest-rank percentile, {@code percent} from 1 to 100; empty without values.
	 */
	OptionalLong percentile(int percent) {
		if (percent < 1 || percent > 100) {
			throw new IllegalArgumentException("A percentile is 1 to 100, not " + percent);
		}
		if (size == 0) {
			return OptionalLong.empty();
		}
		if (!sorted) {
			Arrays.sort(values, 0, size);
			sorted = true;
		}
		int rank = (int) (((long) percent * size + 99) / 100);
		return OptionalLong.of(values[rank - 1]);
	}

}
