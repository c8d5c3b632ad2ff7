/**
 * Camunda Tasklist set-up: the shared task filters that order every queue by SLA urgency
 * (due date).
 */
@ApplicationModule(displayName = "Tasklist")
package org.communityops.tasklist;

import org.springframework.modulith.ApplicationModule;
