package org.communityops;

import java.time.Clock;

import org.communityops.report.ReportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CommunityOps: runs an agency's community-management work as BPMN processes on an
 * embedded Camunda 7 engine and times every human task against the client's contract SLA.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CommunityOpsApplication {

	/**
	 * The one source of "now": logic below the entry points takes instants or this clock,
	 * never calls now().
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Starts the application, or with {@code report ...} writes a report and exits
	 * (docs/reports.md).
	 */
	public static void main(String[] args) {
		if (ReportCommandLine.isReport(args)) {
			System.exit(ReportCommandLine.run(CommunityOpsApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(CommunityOpsApplication.class, args);
	}

}
