package org.communityops.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.IdentityService;
import org.communityops.identity.AdminProperties;
import org.communityops.identity.Groups;
import org.communityops.testing.AlsoOnPostgreSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrator account when several nodes start together on a fresh database: each
 * creates what is missing, and none fails its start because another was quicker.
 */
@AlsoOnPostgreSql
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:admin-account;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class AdminAccountTest {

	static final String ADMIN = "racing-root";

	@Autowired
	IdentityService identity;

	@AfterEach
	void removeAccount() {
		identity.deleteUser(ADMIN);
	}

	@RepeatedTest(5)
	void nodesStartingTogetherAllStartWithOneAccountInTheAdministrators() throws Exception {
		int nodes = 6;
		CyclicBarrier together = new CyclicBarrier(nodes);
		List<CompletableFuture<Void>> starts = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			AdminAccount node = new AdminAccount(identity, new AdminProperties(ADMIN, "s3cret-enough-0123", true));
			starts.add(CompletableFuture.runAsync(() -> {
				await(together);
				node.run(new DefaultApplicationArguments());
			}));
		}

		CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get();

		assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup(Groups.ADMINS).count()).isOne();
		assertThat(identity.checkPassword(ADMIN, "s3cret-enough-0123")).isTrue();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
