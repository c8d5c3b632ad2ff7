package org.communityops.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start refused for want of an administrator account, and how to configure
 * one.
 */
class AdminAccountFailureAnalyzer extends AbstractFailureAnalyzer<AdminAccountMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminAccountMissingException cause) {
		return new FailureAnalysis(
				"CommunityOps refuses to start without an administrator account: " + cause.property()
						+ " is not set. This profile seeds no demo users, so nobody could log in or manage users.",
				"Set communityops.admin.username and communityops.admin.password, e.g. as the environment variables "
						+ "COMMUNITYOPS_ADMIN_USERNAME and COMMUNITYOPS_ADMIN_PASSWORD (see docs/security.md). "
						+ "The account is created in group camunda-admin at start-up, or gets the configured password.",
				cause);
	}

}
