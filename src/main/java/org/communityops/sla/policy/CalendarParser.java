package org.communityops.sla.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.communityops.sla.calendar.TimeRange;
import org.communityops.sla.calendar.PublicHolidays;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads {@code calendar:}: the zone, the opening hours per day and the holidays. */
final class CalendarParser {

	private static final List<String> KEYS = List.of("zone", "hours", "holidays");

	private static final List<String> HOLIDAY_KEYS = List.of("country", "subdivision", "dates");

	private static final String RANGES = "a list of time ranges such as [\"09:00-17:00\"]";

	private final ParseContext context;

	CalendarParser(ParseContext context) {
		this.context = context;
	}

	CalendarSpec calendar(Node node) {
		Map<String, Node> fields = context.fields(node, "calendar", KEYS,
				Map.of("zone", "zone: Europe/Berlin", "hours", "hours: {mon-fri: [\"09:00-17:00\"]}"),
				"a map with zone, hours and holidays");
		if (fields == null) {
			return null;
		}
		ZoneId zone = fields.containsKey("zone") ? context.value(fields.get("zone"), "calendar.zone",
				"an IANA time zone id such as Europe/Berlin", CalendarParser::zone) : null;
		Map<DayOfWeek, List<TimeRange>> hours = fields.containsKey("hours") ? hours(fields.get("hours")) : null;
		HolidaySpec holidays = fields.containsKey("holidays") ? holidays(fields.get("holidays")) : HolidaySpec.NONE;
		return zone == null || hours == null || holidays == null ? null : new CalendarSpec(zone, hours, holidays);
	}

	static ZoneId zone(String text) {
		if (ZoneId.getAvailableZoneIds().contains(text)) {
			return ZoneId.of(text);
		}
		String city = text.replace(' ', '_');
		Optional<String> suggestion = ZoneId.getAvailableZoneIds()
			.stream()
			.filter(id -> id.toLowerCase().endsWith("/" + city.toLowerCase()))
			.sorted()
			.findFirst()
			.or(() -> Suggestions.closest(text, ZoneId.getAvailableZoneIds()));
		throw new BadValue(
				"'" + text + "' is not an IANA time zone id" + suggestion.map(id -> "; did you mean '" + id + "'?")
					.orElse("; expected the form Region/City, such as Europe/Berlin or America/New_York"));
	}

	private Map<DayOfWeek, List<TimeRange>> hours(Node node) {
		if (!(node instanceof MappingNode mapping)) {
			context.wrongType(node, "calendar.hours", "a map of days to time ranges");
			return null;
		}
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, String> keyOfDay = new EnumMap<>(DayOfWeek.class);
		boolean valid = true;
		for (NodeTuple tuple : mapping.getValue()) {
			String key = context.value(tuple.getKeyNode(), "calendar.hours", "a day such as mon or mon-fri",
					text -> text);
			List<DayOfWeek> days = key == null ? null : days(tuple.getKeyNode(), key, keyOfDay);
			List<TimeRange> ranges = ranges(tuple.getValueNode(), "calendar.hours." + key);
			if (days == null || ranges == null) {
				valid = false;
				continue;
			}
			days.forEach(day -> hours.put(day, ranges));
		}
		return valid ? hours : null;
	}

	private List<DayOfWeek> days(Node keyNode, String key, Map<DayOfWeek, String> keyOfDay) {
		List<DayOfWeek> days;
		try {
			days = DaySyntax.days(key);
		}
		catch (BadValue ex) {
			context.error(keyNode, "calendar.hours", ex.getMessage());
			return null;
		}
		for (DayOfWeek day : days) {
			String earlier = keyOfDay.putIfAbsent(day, key);
			if (earlier != null) {
				context.error(keyNode, "calendar.hours", DaySyntax.key(day) + " is given twice, in '" + earlier
						+ "' and '" + key + "'; expected each day once");
				return null;
			}
		}
		return days;
	}

	private List<TimeRange> ranges(Node node, String path) {
		List<Node> items = context.list(node, path, RANGES);
		if (items == null) {
			return null;
		}
		List<TimeRange> ranges = new ArrayList<>();
		boolean valid = true;
		for (int i = 0; i < items.size(); i++) {
			TimeRange range = context.value(items.get(i), path + "[" + i + "]", "a time range such as 09:00-17:00",
					ValueSyntax::timeRange);
			TimeRange overlapped = range == null ? null
					: ranges.stream().filter(range::overlaps).findFirst().orElse(null);
			if (overlapped != null) {
				context.error(items.get(i), path + "[" + i + "]",
						"'" + range + "' overlaps '" + overlapped + "'; expected ranges that do not overlap");
			}
			valid &= range != null && overlapped == null;
			if (range != null) {
				ranges.add(range);
			}
		}
		return valid ? ranges : null;
	}

	private HolidaySpec holidays(Node node) {
		Map<String, Node> fields = context.fields(node, "calendar.holidays", HOLIDAY_KEYS, Map.of(),
				"a map with country, subdivision and dates");
		if (fields == null) {
			return null;
		}
		String country = optional(fields, "country", "an ISO 3166 country code such as DE", ValueSyntax::country);
		String subdivision = optional(fields, "subdivision", "a subdivision code such as be", ValueSyntax::subdivision);
		boolean valid = !(fields.containsKey("country") && country == null)
				&& !(fields.containsKey("subdivision") && subdivision == null);
		if (subdivision != null && !fields.containsKey("country")) {
			context.error(fields.get("subdivision"), "calendar.holidays.subdivision",
					"a subdivision needs a country; expected country: as well, e.g. country: DE");
			valid = false;
		}
		if (valid && country != null) {
			valid = knownToHolidayLibrary(fields, country, subdivision);
		}
		Set<LocalDate> dates = new HashSet<>();
		List<Node> items = fields.containsKey("dates")
				? context.list(fields.get("dates"), "calendar.holidays.dates", "a list of dates such as [2026-12-24]")
				: List.of();
		valid &= items != null;
		for (int i = 0; items != null && i < items.size(); i++) {
			LocalDate date = context.value(items.get(i), "calendar.holidays.dates[" + i + "]",
					"a date such as 2026-12-24", ValueSyntax::date);
			if (date == null) {
				valid = false;
			}
			else {
				dates.add(date);
			}
		}
		return valid ? new HolidaySpec(Optional.ofNullable(country), Optional.ofNullable(subdivision), dates) : null;
	}

	private boolean knownToHolidayLibrary(Map<String, Node> fields, String country, String subdivision) {
		try {
			PublicHolidays.of(country, subdivision == null ? new String[0] : new String[] { subdivision });
			return true;
		}
		catch (IllegalArgumentException ex) {
			String key = subdivision != null && ex.getMessage().contains("subdivision") ? "subdivision" : "country";
			context.error(fields.get(key), "calendar.holidays." + key, ex.getMessage()
					+ "; expected a country and subdivision the holiday library knows, e.g. country: DE, subdivision: be");
			return false;
		}
	}

	private <T> T optional(Map<String, Node> fields, String key, String expected, Function<String, T> syntax) {
		Node node = fields.get(key);
		return node == null ? null : context.value(node, "calendar.holidays." + key, expected, syntax);
	}

}
