package org.communityops.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.communityops.identity.Caller;
import org.communityops.identity.Role;
import org.communityops.web.BadRequestException;

/**
 * Who a report document is made for. The agency's edition carries its internal material
 * (links into Cockpit, the YAML comments of the policy files); the client's edition
 * leaves it out, so the agency can hand the document over as it is. A caller with a
 * client role always gets the client's edition, whatever they ask: what they may not read
 * must not depend on a parameter.
 */
public enum ReportEdition {

	AGENCY("agency"), CLIENT("client");

	private final String parameter;

	ReportEdition(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	/**
	 * The edition named {@code agency} or {@code client}; {@code absent} when none is
	 * named.
	 * @throws BadRequestException for field {@code edition} naming the allowed values
	 */
	public static ReportEdition parse(String text, ReportEdition absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		return Arrays.stream(values())
			.filter(edition -> edition.parameter.equals(text.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("edition",
					"Unknown edition '" + text + "'; expected one of agency, client"));
	}

	/**
	 * The edition a caller gets when asking for {@code asked}: the client's for a caller
	 * in a client role (also when they hold an agency role besides, or ask for the
	 * agency's) and for no caller at all; the agency's edition for agency roles unless
	 * they ask for the client's. The value asked is checked in every case, so a wrong one
	 * is a 400 for everybody.
	 */
	static ReportEdition forCaller(Optional<Caller> caller, String asked) {
		ReportEdition wanted = parse(asked, AGENCY);
		boolean agency = caller.map(known -> !known.is(Role.CLIENT_USER)).orElse(false);
		return agency ? wanted : CLIENT;
	}

}
