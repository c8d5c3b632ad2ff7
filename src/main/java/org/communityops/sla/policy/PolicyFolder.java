package org.communityops.sla.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The policy files as they are on disk now: file name to text, for {@code *.yaml} and {@code *.yml}. */
@Component
class PolicyFolder {

	private static final Logger log = LoggerFactory.getLogger(PolicyFolder.class);

	private final Path folder;

	PolicyFolder(PoliciesProperties properties) {
		this.folder = properties.folder();
	}

	Map<String, String> read() {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			log.warn("SLA policy folder {} does not exist; no client has a policy", folder.toAbsolutePath());
			return files;
		}
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(PolicyFolder::isPolicyFile).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the SLA policy folder " + folder.toAbsolutePath(), ex);
		}
		return files;
	}

	private static boolean isPolicyFile(Path path) {
		String name = path.getFileName().toString();
		return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

}
