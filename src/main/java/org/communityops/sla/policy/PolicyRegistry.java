package org.communityops.sla.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The policies in force and every version loaded before, as the {@link PolicyLoader} last
 * published them. Reads are lock-free: each load replaces the whole snapshot at once.
 */
@Component
public class PolicyRegistry {

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Set.of(), Map.of(), List.of(), List.of());

	/**
	 * Per client, the processes that a journey target of any of its versions runs
	 * through; asked on every activity.
	 */
	private volatile Map<String, Set<String>> journeyProcesses = Map.of();

	/** The processes that a journey target of any client runs through. */
	private volatile Set<String> anyJourneyProcesses = Set.of();

	/** The clients with a policy in force, alphabetically. */
	public List<String> clients() {
		return snapshot.versions()
			.keySet()
			.stream()
			.filter(client -> !snapshot.withdrawn().contains(client))
			.sorted()
			.toList();
	}

	/**
	 * The clients with a policy in force, alphabetically, each with the name its current
	 * version gives it.
	 */
	Map<String, String> clientNames() {
		Map<String, String> names = new LinkedHashMap<>();
		clients().forEach(client -> names.put(client, current(client).map(v -> v.policy().name()).orElse(client)));
		return names;
	}

	/**
	 * The newest stored version of the client's policy, unless the policy is withdrawn.
	 */
	public Optional<PolicyVersion> current(String client) {
		if (snapshot.withdrawn().contains(client)) {
			return Optional.empty();
		}
		return history(client).stream().reduce((older, newer) -> newer);
	}

	/**
	 * The time zone of the client's policy in force, in which its people read times;
	 * empty when the client has none (unknown or withdrawn).
	 */
	public Optional<ZoneId> zoneOf(String client) {
		return current(client).map(version -> version.policy().calendar().zone());
	}

	/**
	 * The version that governs a clock started at the instant: among the versions whose
	 * effective date is on or before the instant's local date, the latest loaded. Empty
	 * when the client's file was removed or no version is effective yet.
	 */
	public Optional<PolicyVersion> governing(String client, Instant clockStart) {
		if (snapshot.withdrawn().contains(client)) {
			return Optional.empty();
		}
		return history(client).stream()
			.filter(version -> version.policy().governsClocksStartedAt(clockStart))
			.max(Comparator.comparingInt(PolicyVersion::version));
	}

	/** One version of the client's policy, as it was loaded. */
	public Optional<PolicyVersion> version(String client, int version) {
		return history(client).stream().filter(candidate -> candidate.version() == version).findFirst();
	}

	/** Every version of the client's policy, oldest first. */
	public List<PolicyVersion> history(String client) {
		return snapshot.versions().getOrDefault(client, List.of());
	}

	/** Whether the client ever had a policy, in force or withdrawn. */
	public boolean knows(String client) {
		return snapshot.versions().containsKey(client);
	}

	/**
	 * Whether any version of the client's policy has a journey target through the
	 * process: an in-memory lookup, cheap enough for every activity of every instance.
	 */
	public boolean hasJourneyThrough(String client, String processKey) {
		return journeyProcesses.getOrDefault(client, Set.of()).contains(processKey);
	}

	/**
	 * Whether any version of any client's policy has a journey target through the
	 * process.
	 */
	public boolean hasAnyJourneyThrough(String processKey) {
		return anyJourneyProcesses.contains(processKey);
	}

	/** The errors and warnings of the last load, in file order. */
	public List<PolicyProblem> problems() {
		return snapshot.problems();
	}

	/** The errors and warnings of the last load in the file of the client. */
	public List<PolicyProblem> problemsOf(String client) {
		return snapshot.problems()
			.stream()
			.filter(problem -> client.equals(snapshot.clientOfFile().get(problem.file())))
			.toList();
	}

	/**
	 * Where this node's policy folder differs from the policies in force, which the
	 * database holds, one line each naming the file or client: empty when the folder
	 * agrees.
	 */
	List<String> differences() {
		return snapshot.differences();
	}

	/** Replaces the snapshot; returns whether the clients in force changed. */
	boolean publish(Snapshot next) {
		journeyProcesses = next.versions()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					versions -> versions.getValue()
						.stream()
						.flatMap(version -> version.policy().targets().stream())
						.filter(target -> target.scope() instanceof JourneyScope)
						.map(target -> ((JourneyScope) target.scope()).process())
						.collect(Collectors.toUnmodifiableSet())));
		anyJourneyProcesses = journeyProcesses.values()
			.stream()
			.flatMap(Set::stream)
			.collect(Collectors.toUnmodifiableSet());
		List<String> before = clients();
		snapshot = next;
		return !clients().equals(before);
	}

	Snapshot snapshot() {
		return snapshot;
	}

	/**
	 * What one load produced: every stored version per client, the clients whose policy
	 * is withdrawn, the client each file in the folder is known to belong to, the
	 * problems found and where the folder differs from the versions in force.
	 */
	record Snapshot(Map<String, List<PolicyVersion>> versions, Set<String> withdrawn, Map<String, String> clientOfFile,
			List<PolicyProblem> problems, List<String> differences) {

		Snapshot {
			versions = Map.copyOf(versions);
			withdrawn = Set.copyOf(withdrawn);
			clientOfFile = Map.copyOf(clientOfFile);
			problems = List.copyOf(problems);
			differences = List.copyOf(differences);
		}

	}

}
