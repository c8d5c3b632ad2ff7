package org.communityops.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.communityops.web.BadRequestException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code report ...} on the command line: starts the application without web server, job
 * executor or demo data (profile {@code report-cli}), writes one report or a portfolio to
 * a file, and ends. Exit code 0 when written, 2 for bad input (the message names what was
 * wrong), 1 when the application failed. See docs/reports.md.
 */
public final class ReportCommandLine {

	public static final String COMMAND = "report";

	static final int OK = 0;

	static final int FAILED = 1;

	static final int BAD_INPUT = 2;

	static final String USAGE = """
			usage: report --client <client> --period <period> --out <file> [--format xlsx|pdf|csv|json]
			              [--edition agency|client]
			       report --portfolio [--clients <a,b,...>] --period <period> --out <file> [--format xlsx|pdf|csv|json]
			              [--edition agency|client]
			  period: YYYY-MM for a monthly contract (2026-10), YYYY-Qn for a quarterly one (2026-Q4)
			  format: from the file's extension unless given
			  edition: agency (the default: Cockpit links, policy comments) or client (without them)
			  --name=value options are passed to the application, e.g. --spring.datasource.url=...""";

	/**
	 * What the application always runs with in this mode; a passed option cannot override
	 * these.
	 */
	private static final List<String> MODE = List.of("--spring.main.web-application-type=none",
			"--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off",
			"--spring.autoconfigure.exclude="
					+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");

	private ReportCommandLine() {
	}

	public static boolean isReport(String... args) {
		return args.length > 0 && COMMAND.equals(args[0]);
	}

	/**
	 * Runs {@code report} with the arguments after it and returns the exit code.
	 * @param application the Spring Boot application class to start
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		ReportArguments arguments;
		try {
			arguments = ReportArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("report: " + ex.getMessage());
			err.println(USAGE);
			return BAD_INPUT;
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setAdditionalProfiles("report-cli");
		List<String> springArgs = new ArrayList<>(MODE);
		springArgs.add("--logging.level.root=WARN");
		arguments.springOptions().stream().filter(option -> !overridesMode(option)).forEach(springArgs::add);
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			Path target = arguments.out();
			ReportWriter writer = context.getBean(ReportWriter.class);
			if (arguments.portfolio()) {
				PortfolioScope portfolio = context.getBean(PortfolioScopes.class)
					.resolve(null, arguments.clients(), arguments.period());
				writer.toFile(writer.of(portfolio, arguments.format(), arguments.edition()), target);
				portfolio.notes().forEach(note -> err.println("report: " + note));
			}
			else {
				ReportScope scope = context.getBean(ReportScopes.class).resolve(arguments.client(), arguments.period());
				writer.toFile(writer.of(scope, arguments.format(), arguments.edition()), target);
			}
			out.println("Wrote " + target.toAbsolutePath());
			return OK;
		}
		catch (BadRequestException ex) {
			err.println("report: " + (ex.field() != null ? "--" + ex.field() + ": " : "") + ex.getMessage());
			return BAD_INPUT;
		}
		catch (Exception ex) {
			err.println("report: failed: " + ex);
			return FAILED;
		}
	}

	private static boolean overridesMode(String option) {
		String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
		return MODE.stream().anyMatch(fixed -> fixed.startsWith(name + "=")) || name.equals("--logging.level.root");
	}

}
