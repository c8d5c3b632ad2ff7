package org.communityops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which side a caller is on decides what their pages show. */
class CallerTest {

	@Test
	void onlyAClientsUserWithoutAnAgencyRoleIsOnTheClientSide() {
		assertThat(new Caller("nora", List.of("client-northwind"), List.of("northwind")).isClientSide()).isTrue();
		assertThat(new Caller("amelia", List.of("account-managers"), List.of("northwind")).isClientSide()).isFalse();
		assertThat(new Caller("ops", List.of("camunda-admin", "client-northwind"), List.of()).isClientSide()).isFalse();
		assertThat(new Caller("lee", List.of("moderators", "client-globex"), List.of("globex")).isClientSide())
			.isFalse();
	}

}
