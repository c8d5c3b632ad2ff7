package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.communityops.sla.policy.ParsedLocations.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The state of parsing one file: collects every problem with the position of its node,
 * and the position of every value by path. Its readers return {@code null} after
 * reporting a value they cannot read, so that parsing goes on.
 */
final class ParseContext {

	private final String file;

	private final List<PolicyProblem> problems = new ArrayList<>();

	private final Map<String, Position> positions = new LinkedHashMap<>();

	private final Map<String, Node> keyNodes = new LinkedHashMap<>();

	ParseContext(String file) {
		this.file = file;
	}

	void error(Node at, String path, String what) {
		Mark mark = at.getStartMark();
		problems.add(PolicyProblem.error(file, mark.getLine() + 1, mark.getColumn() + 1, where(path) + what));
	}

	/**
	 * An error about a whole entry, at its key, e.g. {@code credits:} rather than the
	 * first tier below it.
	 */
	void errorAtKey(String path, String what) {
		error(keyNodes.get(path), path, what);
	}

	void warning(Node at, String path, String what) {
		Mark mark = at.getStartMark();
		problems.add(PolicyProblem.warning(file, mark.getLine() + 1, mark.getColumn() + 1, where(path) + what));
	}

	void problem(PolicyProblem problem) {
		problems.add(problem);
	}

	boolean hasErrors() {
		return problems.stream().anyMatch(PolicyProblem::isError);
	}

	List<PolicyProblem> problems() {
		return problems;
	}

	ParsedLocations locations() {
		return new ParsedLocations(file, positions);
	}

	String file() {
		return file;
	}

	void locate(String path, Node node) {
		positions.put(path, new Position(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1));
	}

	/**
	 * The values of a map node by key, in file order; reports unknown and repeated keys
	 * and the missing required ones (with an example each). Null when the node is no map.
	 * @param keys every key allowed here, in documentation order
	 * @param required example per required key, e.g.
	 * {@code zone -> "zone: Europe/Berlin"}
	 */
	Map<String, Node> fields(Node node, String path, List<String> keys, Map<String, String> required, String expected) {
		if (!(node instanceof MappingNode mapping)) {
			wrongType(node, path, expected);
			return null;
		}
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
			if (key == null) {
				error(tuple.getKeyNode(), path,
						"found " + found(tuple.getKeyNode()) + " as a key, expected one of " + String.join(", ", keys));
			}
			else if (!keys.contains(key)) {
				error(tuple.getKeyNode(), path, "unknown key '" + key + "'"
						+ Suggestions.didYouMean(key, keys, "one of " + String.join(", ", keys)));
			}
			else if (fields.containsKey(key)) {
				error(tuple.getKeyNode(), path, "key '" + key + "' is given twice; expected each key once");
			}
			else {
				fields.put(key, tuple.getValueNode());
				keyNodes.put(child(path, key), tuple.getKeyNode());
				locate(child(path, key), tuple.getValueNode());
			}
		}
		for (String key : keys) {
			if (required.containsKey(key) && !fields.containsKey(key)) {
				error(node, path, "missing required key '" + key + "', e.g. " + required.get(key));
			}
		}
		return fields;
	}

	/**
	 * Reports a value of the wrong kind, e.g.
	 * {@code found a list, expected a map of days to time ranges}.
	 */
	void wrongType(Node node, String path, String expected) {
		error(node, path, "found " + found(node) + ", expected " + expected);
	}

	/**
	 * The text of a non-empty scalar node; null, reported, for an empty value, a list or
	 * a map.
	 */
	String text(Node node, String path, String expected) {
		if (node instanceof ScalarNode scalar) {
			if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
				error(node, path, "empty, expected " + expected);
				return null;
			}
			return scalar.getValue().trim();
		}
		wrongType(node, path, expected);
		return null;
	}

	/**
	 * The value read by {@code syntax}, which throws {@link BadValue} with the message to
	 * report; or null.
	 */
	<T> T value(Node node, String path, String expected, Function<String, T> syntax) {
		String text = text(node, path, expected);
		if (text == null) {
			return null;
		}
		try {
			return syntax.apply(text);
		}
		catch (BadValue ex) {
			error(node, path, ex.getMessage());
			return null;
		}
	}

	/**
	 * The items of a list node, located as {@code path[i]}; null, reported, for anything
	 * else.
	 */
	List<Node> list(Node node, String path, String expected) {
		if (node instanceof SequenceNode sequence) {
			for (int i = 0; i < sequence.getValue().size(); i++) {
				locate(path + "[" + i + "]", sequence.getValue().get(i));
			}
			return sequence.getValue();
		}
		wrongType(node, path, expected);
		return null;
	}

	static String child(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	private static String where(String path) {
		return path.isEmpty() ? "" : path + ": ";
	}

	private static String found(Node node) {
		if (node instanceof MappingNode) {
			return "a map";
		}
		if (node instanceof SequenceNode) {
			return "a list";
		}
		ScalarNode scalar = (ScalarNode) node;
		return scalar.getTag().equals(Tag.NULL) ? "nothing" : "'" + scalar.getValue() + "'";
	}

}
