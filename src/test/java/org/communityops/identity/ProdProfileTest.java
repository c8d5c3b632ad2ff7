package org.communityops.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.communityops.CommunityOpsApplication;
import org.communityops.testing.AlsoOnPostgreSql;
import org.communityops.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile: no demo users, and no start at all without an administrator account.
 */
@AlsoOnPostgreSql
class ProdProfileTest {

	@Test
	void refusesToStartWithoutAnAdministratorAccountNamingWhatToSet() {
		Throwable thrown = catchThrowable(() -> prod("prod-refused", "", "").close());

		AdminAccountMissingException missing = findCause(thrown, AdminAccountMissingException.class);
		assertThat(missing).as("cause of %s", thrown).isNotNull();
		FailureAnalysis analysis = new AdminAccountFailureAnalyzer().analyze(missing);
		assertThat(analysis.getDescription()).contains("communityops.admin.username is not set");
		assertThat(analysis.getAction()).contains("COMMUNITYOPS_ADMIN_USERNAME", "COMMUNITYOPS_ADMIN_PASSWORD",
				"docs/security.md");
	}

	@Test
	void startsWithTheConfiguredAdministratorAsTheOnlyUser() throws Exception {
		try (ConfigurableApplicationContext app = prod("prod-admin", "root", "correct-horse")) {
			IdentityService identity = app.getBean(IdentityService.class);
			assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("root");
			assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMINS).count()).isEqualTo(1);
			assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId)
				.containsExactlyInAnyOrder("globex", "hooli", "initech", "northwind"); // one
																						// per
																						// policy
																						// file
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

			assertThat(status(port, "root", "correct-horse")).isEqualTo(200);
			assertThat(status(port, "admin", "admin")).isEqualTo(401);
			assertThat(status(port, "nora", "nora")).isEqualTo(401);
		}
	}

	private static ConfigurableApplicationContext prod(String database, String user, String password) {
		return new SpringApplicationBuilder(CommunityOpsApplication.class).profiles("prod")
			.initializers(new TestDatabase())
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
					"--camunda.bpm.job-execution.enabled=false", "--communityops.admin.username=" + user,
					"--communityops.admin.password=" + password);
	}

	private static int status(int port, String user, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/user/count"))
			.header("Authorization", "Basic " + basic)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static <T extends Throwable> T findCause(Throwable thrown, Class<T> type) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
