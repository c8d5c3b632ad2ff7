package org.communityops.report;

/**
 * Receives the breached items of a report one by one, in due order, while the report
 * reads the period.
 */
@FunctionalInterface
public interface BreachSink {

	BreachSink NONE = item -> {
	};

	void accept(BreachedItem item);

}
