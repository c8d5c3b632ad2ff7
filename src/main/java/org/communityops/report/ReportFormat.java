package org.communityops.report;

import java.util.Arrays;
import java.util.Locale;

import org.communityops.web.BadRequestException;

/** The formats a report is written in, with their media types and file extensions. */
public enum ReportFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), PDF("pdf", "application/pdf"),
	CSV("csv", "text/csv;charset=UTF-8"), JSON("json", "application/json");

	private final String extension;

	private final String mediaType;

	ReportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/**
	 * The format named {@code xlsx}, {@code pdf}, {@code csv} or {@code json};
	 * {@code absent} when none is named.
	 */
	public static ReportFormat parse(String text, ReportFormat absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		return Arrays.stream(values())
			.filter(format -> format.extension.equals(text.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("format",
					"Unknown format '" + text + "'; expected one of xlsx, pdf, csv, json"));
	}

}
