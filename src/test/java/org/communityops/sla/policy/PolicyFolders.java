package org.communityops.sla.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Policy folders of the tests' applications: copies of the demo folder, changed one
 * atomic replacement at a time.
 */
public final class PolicyFolders {

	private static final Path DEMO = Path.of("sla-policies");

	private PolicyFolders() {
	}

	public static void copyDemoPolicies(Path folder) throws IOException {
		try (Stream<Path> demo = Files.list(DEMO)) {
			for (Path file : demo.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** The text of a demo file. */
	static String demo(String file) throws IOException {
		return Files.readString(DEMO.resolve(file));
	}

	/**
	 * Replaces the file at once, so that no poll reads it half written or finds it
	 * missing.
	 */
	public static void write(Path folder, String file, String content) throws IOException {
		Path temporary = folder.resolve(file + ".tmp");
		Files.writeString(temporary, content);
		Files.move(temporary, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
	}

}
