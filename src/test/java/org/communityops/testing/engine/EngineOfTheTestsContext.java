package org.communityops.testing.engine;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the process engine of the test's own application context the one Camunda's
 * webapps and REST API find by its name ("default"), and gives the webapps fresh runtime
 * delegates, before each test method.
 * <p>
 * Both live in statics shared by the whole JVM ({@link ProcessEngines}, and
 * {@link Cockpit}, {@link Tasklist}, {@link Admin}, {@link Welcome}), while Spring's test
 * context cache keeps many applications at once, each with an engine named "default" and
 * its own webapps. The newest one started took the name, and closing a context the cache
 * evicted took the name and the webapps' delegates away from all: CI saw Tasklist answer
 * 500 to the next test's browser, a {@code NullPointerException} on
 * {@code Cockpit.getRuntimeDelegate()} (the delegates also keep per-engine caches, so a
 * fresh set also forgets an evicted engine). Registered for every test in
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
		ApplicationContext application = test.getApplicationContext();
		ProcessEngine engine = application.getBeanProvider(ProcessEngine.class).getIfAvailable();
		if (engine == null) {
			return;
		}
		ProcessEngines.registerProcessEngine(engine);
		if (application instanceof WebServerApplicationContext) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
			Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
		}
	}

}
