package org.communityops.sla.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Component;

/**
 * The policy files as they are on disk now: file name to text, for {@code *.yaml} and
 * {@code *.yml}. A file that cannot be read as a policy (larger than the limit, not
 * UTF-8, unreadable) is a problem of its own, named by file and, for a bad byte, by line
 * and column; it never keeps the other files from being read.
 */
@Component
class PolicyFolder {

	private static final Logger log = LoggerFactory.getLogger(PolicyFolder.class);

	private final Path folder;

	private final DataSize maxFileSize;

	PolicyFolder(PoliciesProperties properties) {
		this.folder = properties.folder();
		this.maxFileSize = properties.maxFileSize();
	}

	/**
	 * The folder's files as read now; equal to an earlier reading when nothing changed.
	 */
	record Contents(Map<String, String> texts, List<PolicyProblem> unreadable) {

		Contents {
			texts = Map.copyOf(texts);
			unreadable = List.copyOf(unreadable);
		}

		/** Every policy file present, readable or not. */
		List<String> fileNames() {
			List<String> names = new ArrayList<>(texts.keySet());
			unreadable.forEach(problem -> names.add(problem.file()));
			return names;
		}

	}

	/**
	 * Set while the folder is missing, so that its absence is logged once, not every
	 * poll.
	 */
	private volatile boolean missing;

	/**
	 * The folder's files as read now, or nothing while the folder itself is missing (a
	 * volume not mounted, a folder being replaced): that is no removal of its files, and
	 * is logged once.
	 */
	Optional<Contents> readIfPresent() {
		if (Files.isDirectory(folder)) {
			missing = false;
			return Optional.of(read());
		}
		if (!missing) {
			log.warn("SLA policy folder {} is missing; its files count as unchanged until it is back",
					folder.toAbsolutePath());
			missing = true;
		}
		return Optional.empty();
	}

	Contents read() {
		Map<String, String> texts = new TreeMap<>();
		List<PolicyProblem> unreadable = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			log.warn("SLA policy folder {} does not exist; no client has a policy", folder.toAbsolutePath());
			return new Contents(texts, unreadable);
		}
		List<Path> files;
		try (Stream<Path> paths = Files.list(folder)) {
			files = paths.filter(PolicyFolder::isPolicyFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the SLA policy folder " + folder.toAbsolutePath(), ex);
		}
		for (Path path : files) {
			String name = path.getFileName().toString();
			try {
				long size = Files.size(path);
				if (size > maxFileSize.toBytes()) {
					unreadable.add(PolicyProblem.error(name, 1, 1, "the file has " + size + " bytes; a policy file may"
							+ " have at most " + maxFileSize.toBytes() + " (communityops.sla.policies.max-file-size)"));
					continue;
				}
				decode(name, Files.readAllBytes(path), texts, unreadable);
			}
			catch (IOException ex) {
				unreadable.add(PolicyProblem.error(name, 1, 1, "cannot read the file: " + ex.getMessage()));
			}
		}
		return new Contents(texts, unreadable);
	}

	/**
	 * Strict UTF-8; a bad byte is reported at its line and column (columns counted in
	 * bytes of that line).
	 */
	private static void decode(String name, byte[] bytes, Map<String, String> texts, List<PolicyProblem> unreadable) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int bad = in.position();
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			unreadable.add(PolicyProblem.error(name, line, bad - lineStart + 1,
					String.format("byte 0x%02X is not UTF-8; expected the file saved as UTF-8", bytes[bad] & 0xff)));
			return;
		}
		decoder.flush(out);
		texts.put(name, out.flip().toString());
	}

	private static boolean isPolicyFile(Path path) {
		String name = path.getFileName().toString();
		return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

}
