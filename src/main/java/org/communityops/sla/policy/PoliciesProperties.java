package org.communityops.sla.policy;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the client policy files live and how often the folder is checked for changes.
 *
 * @param folder the folder of {@code <client>.yaml} files
 * @param pollInterval how long after a change of a file the change is in force, at most
 * @param maxFileSize the largest policy file read; a larger one is a problem of its own
 * (a contract is a few KB)
 */
@ConfigurationProperties("communityops.sla.policies")
record PoliciesProperties(@DefaultValue("sla-policies") Path folder, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("256KB") DataSize maxFileSize) {
}
