package org.communityops.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP APIs ({@code communityops.http.*}).
 *
 * @param maxRequestBody the largest request body {@code /api}, {@code /engine-rest} and
 * {@code /webhooks} take; a bigger one is refused with 413 before it is read
 */
@ConfigurationProperties("communityops.http")
record HttpProperties(@DefaultValue("1MB") DataSize maxRequestBody) {

	HttpProperties {
		if (maxRequestBody.isNegative()) {
			throw new IllegalArgumentException(
					"communityops.http.max-request-body must be 0B or more, not " + maxRequestBody);
		}
	}

}
