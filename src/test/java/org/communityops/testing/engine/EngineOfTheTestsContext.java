package org.communityops.testing.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the process engine of the test's own application context the one Camunda's
 * webapps and REST API find by its name ("default"), before each test method.
 * <p>
 * They look engines up by name in a registry shared by the whole JVM
 * ({@link ProcessEngines}), and Spring's test context cache keeps many applications at
 * once, each with an engine named "default": the newest one started took the name, and
 * closing a context the cache evicted took it away from all (CI saw Tasklist answer 500
 * to the next test's browser). Registered for every test in
 * {@code META-INF/spring.factories}.
 */
public class EngineOfTheTestsContext extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeTestMethod(TestContext test) {
		if (!test.hasApplicationContext()) {
			return;
		}
		ProcessEngine engine = test.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
		if (engine == null) {
			return;
		}
		ProcessEngines.registerProcessEngine(engine);
	}

}
