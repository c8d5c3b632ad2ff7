package org.communityops.security;

import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * HTTP Basic logins of the demo users (the password is the user name), for tests over
 * real HTTP.
 */
public final class Logins {

	private Logins() {
	}

	public static TestRestTemplate as(TestRestTemplate http, String user) {
		return http.withBasicAuth(user, user);
	}

	public static TestRestTemplate admin(TestRestTemplate http) {
		return as(http, "admin");
	}

}
