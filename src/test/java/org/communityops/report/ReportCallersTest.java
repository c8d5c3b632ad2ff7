package org.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.identity.User;
import org.communityops.security.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A report's figures are the same for every caller allowed to see its client: the
 * administrator, an account manager of the client, and a user of the client itself. The
 * party of an item's holder (agency or client) is a fact about the holder, not something
 * the caller's rights may hide.
 */
class ReportCallersTest extends ReportContext {

	private static final String REPORT = "/api/reports/compliance?client=acme&period=2026-10&format=json";

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void callers() {
		if (identity.createUserQuery().userId("amara").count() == 0) {
			User manager = identity.newUser("amara");
			manager.setPassword("amara");
			identity.saveUser(manager);
			identity.createMembership("amara", "account-managers");
			identity.createTenantUserMembership(AcmeOctober.CLIENT, "amara");
		}
		User cleo = identity.createUserQuery().userId("cleo").singleResult();
		cleo.setPassword("cleo");
		identity.saveUser(cleo);
		if (identity.createTenantQuery().tenantId(AcmeOctober.CLIENT).groupMember("client-acme").count() == 0) {
			identity.createTenantGroupMembership(AcmeOctober.CLIENT, "client-acme");
		}
	}

	@Test
	void everyCallerWhoMaySeeTheClientGetsTheSameFigures() {
		JsonNode administrator = report(Logins.admin(http));
		JsonNode accountManager = report(Logins.as(http, "amara"));
		JsonNode client = report(Logins.as(http, "cleo"));

		assertThat(accountManager).as("the report as the account manager sees it").isEqualTo(administrator);
		assertThat(figures(client)).as("the report as the client's user sees it").isEqualTo(figures(administrator));
		assertThat(client.at("/policies/0/content").asText()).as("the client's edition of the policy text")
			.isEqualTo(PolicyComments.strip(administrator.at("/policies/0/content").asText()));
		JsonNode approval = target(administrator, "client-approval");
		assertThat(approval.path("timeSplit").path("client").asText())
			.as("cleo, a client user, held the approval: the client's time of %s", approval.path("timeSplit"))
			.isNotEqualTo("PT0S");
		assertThat(approval.path("timeSplit").path("agency").asText()).as("the agency's time of the approval")
			.isEqualTo("PT0S");
	}

	/** The report without its policy texts, which follow the caller's edition. */
	private static JsonNode figures(JsonNode report) {
		JsonNode figures = report.deepCopy();
		figures.path("policies").forEach(policy -> ((ObjectNode) policy).remove("content"));
		return figures;
	}

	private static JsonNode target(JsonNode report, String id) {
		for (JsonNode target : report.path("targets")) {
			if (target.path("id").asText().equals(id)) {
				return target;
			}
		}
		throw new AssertionError("No target " + id + " in " + report.path("targets"));
	}

	private static JsonNode report(TestRestTemplate caller) {
		ResponseEntity<String> response = caller.getForEntity(REPORT, String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		try {
			return new ObjectMapper().readTree(response.getBody());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
