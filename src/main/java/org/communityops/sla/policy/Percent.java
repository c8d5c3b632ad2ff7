package org.communityops.sla.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A share from 0% to 100%, written {@code 95%} or {@code 12.5%} in a policy file. */
public record Percent(BigDecimal value) implements Comparable<Percent> {

	public static final Percent ZERO = new Percent(BigDecimal.ZERO);

	public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

	private static final Pattern SYNTAX = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%");

	public Percent {
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("A percentage is 0 to 100, not " + value);
		}
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
	}

	/**
	 * Parses {@code 95%} or {@code 12.5%}; empty when the text is no percentage from 0%
	 * to 100%.
	 */
	public static Optional<Percent> parse(String text) {
		Matcher matcher = SYNTAX.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(matcher.group(1));
		return value.compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.empty() : Optional.of(new Percent(value));
	}

	/** Whether the text looks like a percentage but exceeds 100%, as {@code 120%}. */
	static boolean isOverHundred(String text) {
		Matcher matcher = SYNTAX.matcher(text.trim());
		return matcher.matches() && new BigDecimal(matcher.group(1)).compareTo(BigDecimal.valueOf(100)) > 0;
	}

	public static Percent of(String text) {
		return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a percentage: " + text));
	}

	/** The share as a fraction, e.g. 0.95 for 95%. */
	public BigDecimal fraction() {
		return value.divide(BigDecimal.valueOf(100), value.scale() + 2, RoundingMode.UNNECESSARY);
	}

	/**
	 * This share of an amount, e.g. 5% of 12000.00 = 600.00, rounded half-even to the
	 * amount's scale.
	 */
	public BigDecimal applyTo(BigDecimal amount) {
		return amount.multiply(fraction()).setScale(amount.scale(), RoundingMode.HALF_EVEN);
	}

	@Override
	public int compareTo(Percent other) {
		return value.compareTo(other.value);
	}

	public boolean isBelow(Percent other) {
		return compareTo(other) < 0;
	}

	@Override
	public String toString() {
		return value.toPlainString() + "%";
	}

}
