package org.communityops.sla.policy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.communityops.identity.Tenants;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses an SLA policy file. Never throws on bad input: the result carries either the
 * policy or every problem found, each at the line and column of the offending value. See
 * docs/sla-policies.md for the format.
 */
public final class PolicyParser {

	/**
	 * SnakeYAML's guards against hostile files: 50 levels of nesting, 50 aliases of lists
	 * or maps.
	 */
	private static final LoaderOptions LIMITS = new LoaderOptions();

	private static final List<String> KEYS = List.of("client", "name", "contract", "calendar", "targets");

	private static final List<String> CONTRACT_KEYS = List.of("id", "effective", "period", "fee", "currency",
			"credit-cap");

	private final ParseContext context;

	private PolicyParser(ParseContext context) {
		this.context = context;
	}

	/**
	 * Parses the text of a policy file; {@code fileName} is used in problem messages
	 * only.
	 */
	public static ParsedPolicy parse(String fileName, String yamlText) {
		ParseContext context = new ParseContext(fileName);
		SlaPolicy policy = read(context, yamlText, "a policy with client, name, contract, calendar and targets",
				root -> new PolicyParser(context).policy(root));
		Optional<SlaPolicy> valid = context.hasErrors() ? Optional.empty() : Optional.ofNullable(policy);
		return new ParsedPolicy(fileName, valid, context.problems(), context.locations());
	}

	/**
	 * Parses a calendar on its own, in the shape of a policy file's {@code calendar:}
	 * (JSON is YAML too): the calendar, or every problem with the path of the value at
	 * fault ({@code calendar.hours.sat[0]: ...}).
	 */
	public static ParsedCalendar parseCalendar(String source, String yamlText) {
		ParseContext context = new ParseContext(source);
		CalendarSpec calendar = read(context, yamlText, "a calendar with zone, hours and holidays",
				root -> new CalendarParser(context).calendar(root));
		return new ParsedCalendar(context.hasErrors() ? Optional.empty() : Optional.ofNullable(calendar),
				context.problems());
	}

	/**
	 * Parses a target's time allowance ({@code 4h}, {@code 1h30m}, {@code PT4H}; days
	 * only on a 24x7 clock).
	 * @throws IllegalArgumentException saying what is wrong and what is expected
	 */
	public static Duration parseWithin(String text, ClockKind clock) {
		try {
			return DurationSyntax.within(text, clock);
		}
		catch (BadValue ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

	private static <T> T read(ParseContext context, String yamlText, String expected, Function<Node, T> parser) {
		try {
			Node root = new Yaml(new SafeConstructor(LIMITS)).compose(new StringReader(yamlText));
			if (root == null) {
				context.problem(PolicyProblem.error(context.file(), 1, 1, "the file is empty; expected " + expected));
				return null;
			}
			return parser.apply(root);
		}
		catch (MarkedYAMLException ex) {
			context.problem(YamlProblems.syntax(context.file(), ex));
		}
		catch (YAMLException ex) {
			context.problem(YamlProblems.unmarked(context.file(), yamlText, ex, LIMITS));
		}
		return null;
	}

	/** Parses a policy file, named in problems by its file name. */
	public static ParsedPolicy parse(Path file) throws IOException {
		return parse(file.getFileName().toString(), Files.readString(file));
	}

	private SlaPolicy policy(Node root) {
		Map<String, Node> fields = context.fields(root, "", KEYS,
				Map.of("client", "client: northwind", "name", "name: Northwind Traders community", "contract",
						"contract: {id: NW-2026, ...}", "calendar", "calendar: {zone: Europe/Berlin, ...}", "targets",
						"targets: [{id: first-response, ...}]"),
				"a map with client, name, contract, calendar and targets");
		if (fields == null) {
			return null;
		}
		String client = fields.containsKey("client") ? context.value(fields.get("client"), "client",
				"a lowercase slug such as northwind", PolicyParser::clientId) : null;
		String name = fields.containsKey("name")
				? context.text(fields.get("name"), "name", "the client's name such as Northwind Traders") : null;
		Contract contract = fields.containsKey("contract") ? contract(fields.get("contract")) : null;
		CalendarSpec calendar = fields.containsKey("calendar")
				? new CalendarParser(context).calendar(fields.get("calendar")) : null;
		List<SlaTarget> targets = fields.containsKey("targets")
				? new TargetParser(context).targets(fields.get("targets")) : null;
		if (client == null || name == null || contract == null || calendar == null || targets == null) {
			return null;
		}
		SlaPolicy policy = new SlaPolicy(client, name, contract, calendar, targets);
		new PolicyConsistency(context.locations()).check(policy).forEach(context::problem);
		return policy;
	}

	/** A client's slug, which is also its tenant id: any slug but the system tenant's. */
	private static String clientId(String text) {
		String client = ValueSyntax.slug(text);
		if (Tenants.SYSTEM.equals(client)) {
			throw new BadValue("'" + client + "' is the system tenant of the engine's own jobs and names no client;"
					+ " expected the client's own slug such as northwind");
		}
		return client;
	}

	private Contract contract(Node node) {
		Map<String, Node> fields = context.fields(node, "contract", CONTRACT_KEYS,
				Map.of("id", "id: NW-2026", "effective", "effective: 2026-01-01", "period", "period: month", "fee",
						"fee: 12000.00", "currency", "currency: EUR"),
				"a map with id, effective, period, fee, currency and credit-cap");
		if (fields == null) {
			return null;
		}
		String id = field(fields, "id", "a contract id such as NW-2026", text -> text);
		LocalDate effective = field(fields, "effective", "a date such as 2026-01-01", ValueSyntax::date);
		ReportingPeriod period = field(fields, "period", "month or quarter",
				text -> ReportingPeriod.fromKey(text)
					.orElseThrow(() -> new BadValue("'" + text + "' is not a reporting period"
							+ Suggestions.didYouMean(text, List.of("month", "quarter"), "month or quarter"))));
		BigDecimal fee = field(fields, "fee", "an amount such as 12000.00", ValueSyntax::amount);
		Currency currency = field(fields, "currency", "a currency code such as EUR", ValueSyntax::currency);
		Percent creditCap = fields.containsKey("credit-cap")
				? field(fields, "credit-cap", "a percentage such as 20%", ValueSyntax::percent) : Percent.HUNDRED;
		if (fee != null && currency != null && fee.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
			context.error(fields.get("fee"), "contract.fee",
					"'" + fee.toPlainString() + "' has more decimals than " + currency.getCurrencyCode() + " ("
							+ currency.getDefaultFractionDigits() + "); expected e.g. "
							+ BigDecimal.valueOf(12000).setScale(currency.getDefaultFractionDigits()).toPlainString());
			return null;
		}
		if (id == null || effective == null || period == null || fee == null || currency == null || creditCap == null) {
			return null;
		}
		return new Contract(id, effective, period, fee, currency, creditCap);
	}

	private <T> T field(Map<String, Node> fields, String key, String expected, Function<String, T> syntax) {
		Node node = fields.get(key);
		return node == null ? null : context.value(node, "contract." + key, expected, syntax);
	}

}
