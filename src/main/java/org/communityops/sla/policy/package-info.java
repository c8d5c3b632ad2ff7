/**
 * The SLA policy file format: one YAML contract per client, parsed into immutable
 * records, with every problem reported as file:line:column.
 */
@ApplicationModule(displayName = "SLA policies")
package org.communityops.sla.policy;

import org.springframework.modulith.ApplicationModule;
