package org.communityops.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account created (or given the configured password) at every start
 * when set. The prod profile requires it: it reads {@code COMMUNITYOPS_ADMIN_USERNAME}
 * and {@code COMMUNITYOPS_ADMIN_PASSWORD}.
 *
 * @param required whether the application refuses to start without it (true in the prod
 * profile)
 */
@ConfigurationProperties("communityops.admin")
public record AdminProperties(String username, String password, boolean required) {

	public boolean configured() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

	/**
	 * Throws {@link AdminAccountMissingException} when an account is required and not
	 * configured.
	 */
	public void check() {
		if (required && !configured()) {
			throw new AdminAccountMissingException(username == null || username.isBlank()
					? "communityops.admin.username" : "communityops.admin.password");
		}
	}

}
