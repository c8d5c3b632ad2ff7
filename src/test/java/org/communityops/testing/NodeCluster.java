package org.communityops.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Production nodes, each in a JVM of its own ({@link ApplicationNode}), on one
 * {@link SharedDatabase} and one policy folder; closing it kills the nodes, last started
 * first, and drops the database.
 */
public final class NodeCluster implements AutoCloseable {

	private final SharedDatabase database = SharedDatabase.create();

	private final Path policies;

	private final int poolSize;

	private final List<ApplicationNode> nodes = new ArrayList<>();

	/** Nodes with small pools (5 connections), as tests run many. */
	public NodeCluster(Path policies) {
		this(policies, 5);
	}

	public NodeCluster(Path policies, int poolSize) {
		this.policies = policies;
		this.poolSize = poolSize;
	}

	public SharedDatabase database() {
		return database;
	}

	/**
	 * Starts a production node without waiting for it; {@code arguments} are added to the
	 * cluster's.
	 */
	public ApplicationNode start(String name, String timeZone, String... arguments) {
		List<String> all = new ArrayList<>(database.arguments(poolSize));
		all.addAll(ApplicationNode.productionArguments(policies));
		all.addAll(List.of(arguments));
		ApplicationNode node = ApplicationNode.start(name, timeZone, all);
		nodes.add(node);
		return node;
	}

	@Override
	public void close() {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			nodes.get(i).close();
		}
		database.close();
	}

}
