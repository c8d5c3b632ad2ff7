/** The engine side of the notifications: what the engine knows of a notified item. */
package org.communityops.notification.engine;
