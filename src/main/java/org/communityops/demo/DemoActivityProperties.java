package org.communityops.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo activity generator ({@code communityops.demo.activity.*}, default profile
 * only).
 *
 * @param enabled whether new member requests keep arriving and some are worked, so the
 * dashboard lives
 * @param interval how often one request arrives (and every other time one is worked)
 */
@ConfigurationProperties("communityops.demo.activity")
public record DemoActivityProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval) {
}
