package org.communityops.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clients whose data a caller may see: every client for an administrator, else their
 * own.
 *
 * @param all whether every client is visible, including clients added later
 * @param clients the visible clients when not all are
 */
public record VisibleClients(boolean all, Set<String> clients) {

	public VisibleClients {
		clients = Set.copyOf(clients);
	}

	static VisibleClients every() {
		return new VisibleClients(true, Set.of());
	}

	static VisibleClients only(Collection<String> clients) {
		return new VisibleClients(false, Set.copyOf(clients));
	}

	public boolean contains(String client) {
		return all || clients.contains(client);
	}

	/** Those of the given clients that are visible, in their order. */
	public List<String> of(Collection<String> candidates) {
		return candidates.stream().filter(this::contains).toList();
	}

	/**
	 * The visible clients in alphabetical order; only meaningful when not {@link #all()}.
	 */
	public List<String> sorted() {
		return List.copyOf(new TreeSet<>(clients));
	}

}
