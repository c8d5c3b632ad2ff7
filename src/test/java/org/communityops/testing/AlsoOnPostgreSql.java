package org.communityops.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test class that starts the application runs twice in {@code ./mvnw test}: on H2 in
 * the default surefire run with every other test, then on PostgreSQL in the surefire
 * execution {@code postgresql}, which runs only the classes with this tag and sets
 * {@code communityops.test.database=postgresql}. There every Spring test context gets a
 * fresh database of its own ({@link FreshDatabaseCustomizerFactory}), and so does every
 * application the test starts itself with a {@link TestDatabase}; the H2 URLs the tests
 * name apply to the H2 run only. Without a reachable server ({@link PostgreSqlServer})
 * the class is skipped, under CI it fails ({@link Prerequisite}).
 */
@Documented
@Inherited
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgresql")
@ExtendWith(PostgreSqlRun.class)
@ContextCustomizerFactories(FreshDatabaseCustomizerFactory.class)
public @interface AlsoOnPostgreSql {

}
