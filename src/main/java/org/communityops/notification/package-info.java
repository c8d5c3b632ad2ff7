/**
 * SLA notifications: warnings, breaches and escalations written to an outbox in the
 * transaction that caused them, then delivered to the configured webhooks (Standard
 * NotificationWebhooks signatures, or Slack messages) with retries, in order, once.
 */
@ApplicationModule(displayName = "Notifications")
package org.communityops.notification;

import org.springframework.modulith.ApplicationModule;
