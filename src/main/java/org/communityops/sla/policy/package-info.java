/**
 * The SLA policy file format: one YAML contract per client, parsed into immutable records, with every problem reported as file:line:column.
 */
package org.communityops.sla.policy;
