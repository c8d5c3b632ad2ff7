package org.communityops.sla.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads what a target promises: {@code warn-at}, {@code objective} and the
 * {@code credits} tiers.
 */
final class CommitmentParser {

	private static final List<String> TIER_KEYS = List.of("below", "credit");

	record Commitment(List<Percent> warnAt, Optional<Percent> objective, List<CreditTier> credits) {

	}

	private final ParseContext context;

	CommitmentParser(ParseContext context) {
		this.context = context;
	}

	/** The commitment of the target at {@code path}; null after reporting a problem. */
	Commitment commitment(String path, Map<String, Node> fields) {
		List<Percent> warnAt = fields.containsKey("warn-at") ? warnAt(fields.get("warn-at"), path + ".warn-at")
				: List.of();
		Percent objective = fields.containsKey("objective") ? context.value(fields.get("objective"),
				path + ".objective", "a percentage such as 95%", CommitmentParser::objective) : null;
		if (fields.containsKey("credits") && !fields.containsKey("objective")) {
			context.errorAtKey(path + ".credits",
					"credits need an objective; expected objective: (e.g. objective: 95%) in this target");
			return null;
		}
		List<CreditTier> credits = fields.containsKey("credits") && objective != null
				? credits(fields.get("credits"), path + ".credits", objective) : List.of();
		if (warnAt == null || fields.containsKey("objective") && objective == null || credits == null) {
			return null;
		}
		return new Commitment(warnAt, Optional.ofNullable(objective), credits);
	}

	private static Percent objective(String text) {
		Percent objective = ValueSyntax.percent(text);
		if (objective.equals(Percent.ZERO)) {
			throw new BadValue("'" + text + "' promises nothing; expected a share above 0% such as 95%");
		}
		return objective;
	}

	private List<Percent> warnAt(Node node, String path) {
		List<Node> items = context.list(node, path, "a list of percentages such as [50%, 75%]");
		if (items == null) {
			return null;
		}
		List<Percent> shares = new ArrayList<>();
		Percent previous = Percent.ZERO;
		for (int i = 0; i < items.size(); i++) {
			Percent bound = previous;
			Percent share = context.value(items.get(i), path + "[" + i + "]", "a percentage such as 75%", text -> {
				Percent percent = ValueSyntax.percent(text);
				if (!percent.isBelow(Percent.HUNDRED)) {
					throw new BadValue("'" + text + "' is not below 100%; expected warnings before the deadline,"
							+ " such as [50%, 75%]");
				}
				if (!bound.isBelow(percent)) {
					throw new BadValue("'" + text + "' is not above "
							+ (bound.equals(Percent.ZERO) ? "0%" : "the previous " + bound)
							+ "; expected ascending percentages such as [50%, 75%]");
				}
				return percent;
			});
			shares.add(share);
			previous = share == null ? previous : share;
		}
		return shares.contains(null) ? null : shares;
	}

	private List<CreditTier> credits(Node node, String path, Percent objective) {
		List<Node> items = context.list(node, path, "a list of tiers such as [{below: 95%, credit: 5%}]");
		if (items == null) {
			return null;
		}
		List<CreditTier> tiers = new ArrayList<>();
		CreditTier previous = null;
		for (int i = 0; i < items.size(); i++) {
			CreditTier tier = tier(items.get(i), path + "[" + i + "]", objective, previous);
			tiers.add(tier);
			previous = tier == null ? previous : tier;
		}
		return tiers.contains(null) ? null : tiers;
	}

	private CreditTier tier(Node node, String path, Percent objective, CreditTier previous) {
		Map<String, Node> fields = context.fields(node, path, TIER_KEYS,
				Map.of("below", "below: 95%", "credit", "credit: 5%"), "a map such as {below: 95%, credit: 5%}");
		if (fields == null || !fields.containsKey("below") || !fields.containsKey("credit")) {
			return null;
		}
		Percent below = context.value(fields.get("below"), path + ".below", "a percentage such as 95%", text -> {
			Percent percent = ValueSyntax.percent(text);
			if (objective.isBelow(percent)) {
				throw new BadValue(percent + " is above the objective " + objective
						+ "; expected at most the objective, since a period that meets it owes nothing");
			}
			if (previous != null && !percent.isBelow(previous.below())) {
				throw new BadValue(percent + " is not below the previous tier's " + previous.below()
						+ "; expected tiers from least to most severe, e.g. below: 95% then below: 90%");
			}
			return percent;
		});
		Percent credit = context.value(fields.get("credit"), path + ".credit", "a percentage such as 5%", text -> {
			Percent percent = ValueSyntax.percent(text);
			if (percent.equals(Percent.ZERO)) {
				throw new BadValue("'" + text + "' owes nothing; expected a credit above 0% such as 5%");
			}
			if (previous != null && percent.isBelow(previous.credit())) {
				throw new BadValue(percent + " is less than the previous tier's " + previous.credit()
						+ "; expected a more severe tier to owe at least as much");
			}
			return percent;
		});
		return below == null || credit == null ? null : new CreditTier(below, credit);
	}

}
