package org.communityops.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rule the report endpoints apply: account managers and administrators download the
 * reports of their clients, client users of their own client, moderators none; another
 * client's reports do not exist (404 before 403).
 */
class ClientAccessTest {

	final ClientAccess access = new ClientAccess();

	@AfterEach
	void forgetCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClientUserDownloadsTheReportsOfTheirClientOnly() {
		as("gary", List.of("client-globex"), List.of("globex"));

		access.requireReportsOf("globex");
		assertThatThrownBy(() -> access.requireReportsOf("northwind")).isInstanceOf(NotFoundException.class)
			.hasMessage("No client 'northwind'");
		assertThat(access.reportClients().sorted()).containsExactly("globex");
	}

	@Test
	void anAccountManagerDownloadsTheReportsOfTheirPortfolio() {
		as("amelia", List.of("account-managers"), List.of("globex", "northwind"));

		access.requireReportsOf("northwind");
		assertThat(access.reportClients().sorted()).containsExactly("globex", "northwind");
		assertThatThrownBy(() -> access.requireReportsOf("initech")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aModeratorDownloadsNoReportsAndLearnsNothingOfOtherClients() {
		as("mo", List.of("moderators"), List.of("globex", "northwind"));

		assertThatThrownBy(() -> access.requireReportsOf("northwind")).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> access.requireReportsOf("initech")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(access::reportClients).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anAdministratorSeesEveryClientAndNobodySeesNone() {
		as("admin", List.of("camunda-admin"), List.of());
		access.requireReportsOf("initech");
		assertThat(access.visibleClients().all()).isTrue();

		SecurityContextHolder.clearContext();
		assertThat(access.visibleClients().contains("northwind")).isFalse();
		assertThatThrownBy(() -> access.requireVisible("northwind")).isInstanceOf(NotFoundException.class);
	}

	private static void as(String user, List<String> groups, List<String> clients) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Caller(user, groups, clients),
					null, List.of()));
	}

}
