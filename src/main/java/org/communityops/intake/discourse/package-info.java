/**
 * Discourse's signed webhooks: per-client settings, signature check, the inbound
 * endpoint.
 */
package org.communityops.intake.discourse;
