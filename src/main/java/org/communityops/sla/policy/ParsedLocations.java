package org.communityops.sla.policy;

import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a policy file is, by path: {@code client}, {@code contract.fee},
 * {@code calendar.hours.mon-fri[0]}, {@code targets[0].task},
 * {@code targets[1].start.on}, {@code targets[1].pause-while[0]}, ... Lets later checks
 * report problems at the offending value.
 */
public record ParsedLocations(String file, Map<String, Position> positions) {

	/** A 1-based line and column. */
	public record Position(int line, int column) {

	}

	public ParsedLocations {
		positions = Map.copyOf(positions);
	}

	public Optional<Position> position(String path) {
		return Optional.ofNullable(positions.get(path));
	}

	/**
	 * A warning at the value with this path, or at the start of the file when the path is
	 * unknown.
	 */
	public PolicyProblem warningAt(String path, String message) {
		Position at = positions.getOrDefault(path, new Position(1, 1));
		return PolicyProblem.warning(file, at.line(), at.column(), path + ": " + message);
	}

	/**
	 * An error at the value with this path, or at the start of the file when the path is
	 * unknown.
	 */
	public PolicyProblem errorAt(String path, String message) {
		Position at = positions.getOrDefault(path, new Position(1, 1));
		return PolicyProblem.error(file, at.line(), at.column(), path + ": " + message);
	}

}
