package org.communityops.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, checks before a test class starts anything that the server is
 * there, once per run (without it the class is skipped, or fails under CI:
 * {@link Prerequisite}), and drops the databases of the applications the class started
 * itself afterwards.
 */
class PostgreSqlRun implements ExecutionCondition, AfterAllCallback {

	private static volatile String problem;

	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.postgreSql()) {
			return ConditionEvaluationResult.enabled("H2 run");
		}
		return Prerequisite.condition(problem());
	}

	private static synchronized String problem() {
		if (!checked) {
			problem = PostgreSqlServer.CONFIGURED.problem();
			checked = true;
		}
		return problem;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (TestDatabase.postgreSql()) {
			TestDatabase.dropCreated();
		}
	}

}
