package org.communityops.demo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up banner names the address the application really listens on. */
class DemoDataSeederTest {

	@Test
	void bannerNamesThePortTheServerListensOn() {
		assertThat(DemoDataSeeder.loginBanner("51234")).contains("http://localhost:51234/").doesNotContain(":8080");
	}

	@Test
	void bannerWithoutAWebServerNamesNoAddress() {
		assertThat(DemoDataSeeder.loginBanner(null)).doesNotContain("http://").contains("amelia");
	}

}
