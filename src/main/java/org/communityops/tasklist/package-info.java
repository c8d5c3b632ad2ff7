/**
 * Camunda Tasklist set-up: the shared task filters that order every queue by SLA urgency (due date).
 */
package org.communityops.tasklist;
