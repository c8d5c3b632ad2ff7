package org.communityops.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the report tests share: the application's "now" fixed at Tuesday 2026-11-24 12:00
 * UTC, a policy folder with the fixture policy {@code acme} and the demo
 * {@code northwind}, and the fixture inserted once per database.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReportTestSetup {

	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	/**
	 * A policy folder with acme and northwind, under target/ so that equal folders give
	 * one cached context.
	 */
	static void policies(DynamicPropertyRegistry properties, String name) {
		Path folder = Path.of("target", "report-tests", name);
		try {
			Files.createDirectories(folder);
			Files.copy(Path.of("src/test/resources/report-fixture/acme.yaml"), folder.resolve("acme.yaml"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.copy(Path.of("sla-policies/northwind.yaml"), folder.resolve("northwind.yaml"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		properties.add("communityops.sla.policies.folder", folder::toString);
	}

	/**
	 * Inserts the fixture and the client user cleo, unless this database has them
	 * already.
	 */
	static void fixture(JdbcTemplate jdbc, IdentityService identity) {
		Integer present = jdbc.queryForObject("select count(*) from sla_clock where client = 'acme'", Integer.class);
		if (present != null && present > 0) {
			return;
		}
		AcmeOctober.insert(jdbc);
		if (identity.createGroupQuery().groupId("client-acme").count() == 0) {
			identity.saveGroup(identity.newGroup("client-acme"));
		}
		if (identity.createUserQuery().userId("cleo").count() == 0) {
			identity.saveUser(identity.newUser("cleo"));
			identity.createMembership("cleo", "client-acme");
		}
	}

}
