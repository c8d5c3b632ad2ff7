/**
 * The demo's users, groups and work, created through the engine's services, and the small
 * generator that keeps it alive.
 */
package org.communityops.demo.engine;
