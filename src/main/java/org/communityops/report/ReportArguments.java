package org.communityops.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.communityops.web.BadRequestException;

/**
 * The arguments of {@code report}: its own options, and {@code --name=value} options for
 * the application.
 *
 * @param client the client of a single report, null for a portfolio
 * @param clients the clients named for a portfolio, null for the default portfolio
 * @param edition the agency's unless {@code --edition client}: whoever runs the command
 * line runs the agency's application
 */
record ReportArguments(String client, boolean portfolio, String clients, String period, Path out, ReportFormat format,
		ReportEdition edition, List<String> springOptions) {

	/**
	 * @throws IllegalArgumentException naming the argument that is missing or wrong
	 */
	static ReportArguments parse(String[] args) {
		String client = null, clients = null, period = null, out = null, format = null, edition = null;
		boolean portfolio = false;
		List<String> spring = new ArrayList<>();
		int start = args.length > 0 && ReportCommandLine.COMMAND.equals(args[0]) ? 1 : 0;
		for (int i = start; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--client" -> client = value(args, ++i, arg);
				case "--clients" -> clients = value(args, ++i, arg);
				case "--period" -> period = value(args, ++i, arg);
				case "--out" -> out = value(args, ++i, arg);
				case "--format" -> format = value(args, ++i, arg);
				case "--edition" -> edition = value(args, ++i, arg);
				case "--portfolio" -> portfolio = true;
				default -> {
					if (!arg.startsWith("--") || !arg.contains("=")) {
						throw new IllegalArgumentException("unknown argument '" + arg + "'");
					}
					spring.add(arg);
				}
			}
		}
		if (portfolio == (client != null)) {
			throw new IllegalArgumentException(portfolio ? "--client does not go with --portfolio (use --clients)"
					: "--client <client> or --portfolio is required");
		}
		if (!portfolio && clients != null) {
			throw new IllegalArgumentException("--clients goes with --portfolio");
		}
		require(period, "--period <period> is required, e.g. 2026-10");
		require(out, "--out <file> is required, e.g. report.xlsx");
		return new ReportArguments(client, portfolio, clients, period, Path.of(out), format(format, out),
				edition(edition), spring);
	}

	private static ReportEdition edition(String edition) {
		try {
			return ReportEdition.parse(edition, ReportEdition.AGENCY);
		}
		catch (BadRequestException ex) {
			throw new IllegalArgumentException("--edition: " + ex.getMessage());
		}
	}

	private static ReportFormat format(String format, String out) {
		String named = format;
		if (named == null) {
			int dot = out.lastIndexOf('.');
			named = dot < 0 ? "" : out.substring(dot + 1).toLowerCase(Locale.ROOT);
		}
		for (ReportFormat candidate : ReportFormat.values()) {
			if (candidate.extension().equals(named)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(
				format != null ? "--format: unknown format '" + format + "'; expected xlsx, pdf, csv or json"
						: "--out: cannot tell the format from '" + out
								+ "'; end it with .xlsx, .pdf, .csv or .json, or give --format");
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static void require(String value, String message) {
		if (value == null) {
			throw new IllegalArgumentException(message);
		}
	}

}
