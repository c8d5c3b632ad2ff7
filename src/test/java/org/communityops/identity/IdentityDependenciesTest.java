package org.communityops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Identity knows nothing of the SLA policies: they use identity (who may see a client's policy, which tenant ids are
 * reserved) and tell it which clients are in force by an event ({@link ClientsInForce}), so the two packages do not
 * depend on each other both ways.
 */
class IdentityDependenciesTest {

	private static final Path IDENTITY = Path.of("src/main/java/org/communityops/identity");

	@Test
	void identityCodeImportsNothingOfTheSlaPackages() throws IOException {
		List<String> slaImports;
		try (Stream<Path> files = Files.walk(IDENTITY)) {
			slaImports = files.filter(file -> file.toString().endsWith(".java"))
				.flatMap(file -> imports(file).filter(line -> line.contains(" org.communityops.sla."))
					.map(line -> IDENTITY.relativize(file) + ": " + line))
				.toList();
		}

		assertThat(slaImports).isEmpty();
	}

	private static Stream<String> imports(Path file) {
		try {
			return Files.readAllLines(file).stream().map(String::strip).filter(line -> line.startsWith("import "));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
