package org.communityops.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.communityops.CommunityOpsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Starts the real application on a folder with broken policy files, which must stop the
 * start.
 */
class PolicyStartupTest {

	@TempDir
	Path folder;

	@Test
	void invalidFilesStopTheStartWithOneMessageListingEveryError() throws IOException {
		String northwind = Files.readString(Path.of("sla-policies/northwind.yaml"));
		Files.writeString(folder.resolve("northwind.yaml"),
				northwind.replace("zone: Europe/Berlin", "zone: Europe/Berlim"));
		String globex = Files.readString(Path.of("sla-policies/globex.yaml"));
		Files.writeString(folder.resolve("globex.yaml"), globex);
		Files.writeString(folder.resolve("globex-2.yaml"), globex);
		Files.writeString(folder.resolve("initech.yaml"),
				Files.readString(Path.of("sla-policies/initech.yaml")).replaceFirst("warn-at:", "warn_at:"));

		Throwable thrown = catchThrowable(() -> new SpringApplicationBuilder(CommunityOpsApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:policy-startup;DB_CLOSE_DELAY=-1",
					"--communityops.sla.policies.folder=" + folder)
			.close());

		InvalidPolicyException failure = findCause(thrown, InvalidPolicyException.class);
		assertThat(failure).as("cause of %s", thrown).isNotNull();
		assertThat(failure.getMessage().lines()).containsExactly("Invalid SLA policy:",
				"globex-2.yaml:5:9: client: 'globex' is not the client this file is named after; expected globex-2"
						+ " (or the file renamed to globex.yaml)",
				"initech.yaml:29:5: targets[0]: unknown key 'warn_at'; did you mean 'warn-at'?",
				"northwind.yaml:15:9: calendar.zone: 'Europe/Berlim' is not an IANA time zone id; did you mean"
						+ " 'Europe/Berlin'?");
		FailureAnalysis analysis = new InvalidPolicyFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		assertThat(analysis.getAction()).contains("docs/sla-policies.md");
	}

	private static <T extends Throwable> T findCause(Throwable thrown, Class<T> type) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
