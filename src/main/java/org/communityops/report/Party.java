package org.communityops.report;

/**
 * Whose side an item was on while its clock ran: the agency's, the client's, or nobody's
 * (in a queue).
 */
public enum Party {

	AGENCY, CLIENT, UNASSIGNED

}
