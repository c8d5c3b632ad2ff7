package org.communityops.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine beyond the JDK (Chromium and chromedriver, a
 * PostgreSQL server). Where it is missing, the test is skipped with a message saying what
 * to install, printed once on the console; under CI ({@code CI=true}, which
 * {@code .ci/run} exports) it fails with that message instead, so that CI never passes
 * without having run it.
 */
public final class Prerequisite {

	private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

	private Prerequisite() {
	}

	/** What to throw: a skip on a developer's machine, a failure under CI. */
	public static RuntimeException missing(String message) {
		if (required()) {
			return new IllegalStateException(message + " (CI=true: required, not skipped)");
		}
		skipping(message);
		return new TestAbortedException(message);
	}

	/**
	 * For an {@link org.junit.jupiter.api.extension.ExecutionCondition} that checks
	 * before a test class starts anything: enabled when nothing is missing, else disabled
	 * with the message (thrown under CI, failing the class).
	 */
	public static ConditionEvaluationResult condition(String missing) {
		if (missing == null) {
			return ConditionEvaluationResult.enabled("nothing missing");
		}
		if (required()) {
			throw missing(missing);
		}
		skipping(missing);
		return ConditionEvaluationResult.disabled(missing);
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Says once on the console why tests are skipped; surefire's summary shows only how
	 * many.
	 */
	private static void skipping(String message) {
		if (TOLD.add(message)) {
			System.err.println("[WARNING] Skipping tests: " + message);
		}
	}

}
