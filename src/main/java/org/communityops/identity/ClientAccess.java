package org.communityops.identity;

import java.util.List;
import java.util.Optional;

import org.communityops.web.ForbiddenException;
import org.communityops.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one rule for our own endpoints: a caller sees the data of their clients only, and
 * another client's data does not exist for them (404, so its existence does not leak).
 * Administrators see every client. Reads the caller of the current request; without one
 * (no request, or anonymous) no client is visible.
 */
@Component
public class ClientAccess {

	/** The authenticated caller of the current request, if any. */
	public Optional<Caller> caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

	public VisibleClients visibleClients() {
		return caller().map(ClientAccess::visibleTo).orElseGet(() -> VisibleClients.only(List.of()));
	}

	/** Throws {@link NotFoundException} unless the caller may see the client's data. */
	public void requireVisible(String client) {
		if (client == null || !visibleClients().contains(client)) {
			throw new NotFoundException("No client '" + client + "'");
		}
	}

	/**
	 * Throws unless the caller may download the client's reports:
	 * {@link NotFoundException} for a client they do not see, {@link ForbiddenException}
	 * when their role downloads no reports (moderators and other staff: reports carry
	 * fees and service credits, which are the account manager's business).
	 */
	public void requireReportsOf(String client) {
		requireVisible(client);
		requireReportRole();
	}

	/**
	 * The clients whose reports the caller may download (a portfolio report covers
	 * these); 403 for other roles.
	 */
	public VisibleClients reportClients() {
		requireReportRole();
		return visibleClients();
	}

	static VisibleClients visibleTo(Caller caller) {
		return caller.is(Role.ADMIN) ? VisibleClients.every() : VisibleClients.only(caller.clients());
	}

	private void requireReportRole() {
		Caller caller = caller().orElseThrow(() -> new ForbiddenException("Reports need an authenticated caller"));
		if (!caller.readsReports()) {
			throw new ForbiddenException("Reports are for administrators, account managers and client users; '"
					+ caller.userId() + "' is none of them");
		}
	}

}
