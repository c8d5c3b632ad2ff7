package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

	@Test
	void percentilesAreTheNearestRankOfTheSortedValues() {
		Samples samples = new Samples();
		for (long value : new long[] { 90, 10, 70, 30, 50, 20, 40, 60, 80, 100 }) {
			samples.add(value);
		}
		samples.add(5);

		assertThat(samples.percentile(50)).hasValue(50);
		assertThat(samples.percentile(90)).hasValue(90);
		assertThat(samples.percentile(100)).hasValue(100);
		assertThat(new Samples().percentile(50)).isEmpty();
	}

	@Test
	void growsPastItsFirstCapacity() {
		Samples samples = new Samples();
		for (long i = 1000; i > 0; i--) {
			samples.add(i);
		}
		assertThat(samples.size()).isEqualTo(1000);
		assertThat(samples.percentile(50)).hasValue(500);
		assertThat(samples.percentile(90)).hasValue(900);
	}

}
