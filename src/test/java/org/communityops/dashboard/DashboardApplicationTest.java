package org.communityops.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communityops.sla.engine.EngineTimeClock;
import org.communityops.testing.AlsoOnPostgreSql;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real application on a random port with its demo users and demo work, one in-memory
 * database and no job executor; its own database, since these tests start work of their
 * own. The application's "now" is the engine's, so tests may move it with ClockUtil.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AlsoOnPostgreSql
@Import(EngineTimeClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:dashboard;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false" })
@interface DashboardApplicationTest {

}
