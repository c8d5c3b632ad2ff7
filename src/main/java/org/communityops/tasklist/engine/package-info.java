/**
 * The shared Tasklist filters, stored through the engine's filter service.
 */
package org.communityops.tasklist.engine;
