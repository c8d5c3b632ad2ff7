package org.communityops.sla.calendar;

/** The 24x7 clock: open all the time, in every zone. */
final class AlwaysOpen implements OpenHours {

	@Override
	public OpenIntervals between(long start, long limit) {
		return new OpenIntervals() {

			private boolean done = start >= limit;

			@Override
			boolean next() {
				if (done) {
					return false;
				}
				done = true;
				from = start;
				to = limit;
				return true;
			}

		};
	}

	@Override
	public boolean isEverOpen() {
		return true;
	}

	@Override
	public String toString() {
		return "24x7";
	}

}
