package org.communityops.sla.policy;

import java.util.Comparator;

/**
 * Something wrong in a policy file, at a 1-based line and column. An
 * {@link Severity#ERROR} makes the file unusable; a {@link Severity#WARNING} does not.
 * Printed as {@code file:line:column: what is wrong, what is expected}, with
 * {@code warning: } before the message of a warning.
 */
public record PolicyProblem(String file, int line, int column, Severity severity, String message) {

	public enum Severity {

		ERROR, WARNING

	}

	static final Comparator<PolicyProblem> IN_FILE_ORDER = Comparator.comparing(PolicyProblem::file)
		.thenComparingInt(PolicyProblem::line)
		.thenComparingInt(PolicyProblem::column);

	public static PolicyProblem error(String file, int line, int column, String message) {
		return new PolicyProblem(file, line, column, Severity.ERROR, message);
	}

	public static PolicyProblem warning(String file, int line, int column, String message) {
		return new PolicyProblem(file, line, column, Severity.WARNING, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Where the problem is, as {@code file:line:column}. */
	public String position() {
		return file + ":" + line + ":" + column;
	}

	@Override
	public String toString() {
		return position() + ": " + (isError() ? "" : "warning: ") + message;
	}

}
