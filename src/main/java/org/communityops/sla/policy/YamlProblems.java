package org.communityops.sla.policy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML error of a policy file as a problem at its line and column. The parser marks
 * syntax errors itself; a character YAML does not allow is placed from its offset, and
 * the limits that guard against hostile files (nesting depth, aliases of lists and maps,
 * as in a "billion laughs" file) are placed by reading the file's events again, which
 * expands no alias.
 */
final class YamlProblems {

	private static final String SYNTAX_HINT = "; check the indentation, and quote values that contain ': ' or start"
			+ " with [ { * & ! | > % @ `";

	private YamlProblems() {
	}

	/**
	 * A syntax error at the parser's mark; an unclosed flow list or map at the bracket
	 * that opened it, since the parser notices it only at a later line.
	 */
	static PolicyProblem syntax(String file, MarkedYAMLException ex) {
		boolean unclosedFlow = ex.getContext() != null && ex.getContext().startsWith("while parsing a flow")
				&& ex.getContextMark() != null;
		Mark mark = unclosedFlow || ex.getProblemMark() == null ? ex.getContextMark() : ex.getProblemMark();
		String context = ex.getContext() == null || ex.getContextMark() == null ? ""
				: " (" + ex.getContext() + " at line " + (ex.getContextMark().getLine() + 1) + ")";
		return at(file, mark, "invalid YAML: " + ex.getProblem() + context + SYNTAX_HINT);
	}

	/**
	 * An error the parser gives without a mark, placed where the text breaks the rule.
	 */
	static PolicyProblem unmarked(String file, String text, YAMLException ex, LoaderOptions limits) {
		if (ex instanceof ReaderException unreadable) {
			return character(file, text, unreadable);
		}
		try {
			int depth = 0;
			int aliases = 0;
			Set<String> collectionAnchors = new HashSet<>();
			for (Event event : new Yaml(limits).parse(new StringReader(text))) {
				if (event instanceof CollectionStartEvent start) {
					if (start.getAnchor() != null) {
						collectionAnchors.add(start.getAnchor());
					}
					if (++depth > limits.getNestingDepthLimit()) {
						return at(file, event.getStartMark(), "invalid YAML: lists and maps nested more than "
								+ limits.getNestingDepthLimit() + " levels deep; expected a policy a few levels deep");
					}
				}
				else if (event instanceof CollectionEndEvent) {
					depth--;
				}
				else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
						&& ++aliases > limits.getMaxAliasesForCollections()) {
					return at(file, event.getStartMark(),
							"invalid YAML: more than " + limits.getMaxAliasesForCollections()
									+ " aliases of lists or maps (here *" + alias.getAnchor()
									+ "), which can expand into billions of values; expected a policy"
									+ " written out without such aliases");
				}
			}
		}
		catch (YAMLException unreadable) {
			// the events cannot be read either: report the first error as it is
		}
		return PolicyProblem.error(file, 1, 1, "invalid YAML: " + ex.getMessage());
	}

	private static PolicyProblem character(String file, String text, ReaderException ex) {
		int line = 1;
		int column = 1;
		int offset = 0;
		for (int index = 0; index < ex.getPosition() && offset < text.length(); index++) {
			int codePoint = text.codePointAt(offset);
			offset += Character.charCount(codePoint);
			if (codePoint == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		String name = Character.getName(ex.getCodePoint());
		return PolicyProblem.error(file, line, column, String.format(Locale.ROOT,
				"invalid YAML: the character U+%04X%s is not allowed in YAML; remove it, or write it as an escape"
						+ " (e.g. \\t) inside double quotes",
				ex.getCodePoint(), name == null ? "" : " (" + name + ")"));
	}

	private static PolicyProblem at(String file, Mark mark, String message) {
		return PolicyProblem.error(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
				message);
	}

}
