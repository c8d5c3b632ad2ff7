package org.communityops.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communityops.testing.AlsoOnPostgreSql;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real application on a random port with its demo users, one in-memory database and
 * no job executor, shared by the security tests (one application context for all of
 * them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AlsoOnPostgreSql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:access-matrix;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false" })
@interface SecuredApplicationTest {

}
