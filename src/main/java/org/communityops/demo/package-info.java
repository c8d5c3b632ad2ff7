/**
 * Demo users, groups and work for a newcomer's first run; active in the default profile
 * only.
 */
@ApplicationModule(displayName = "Demo data")
package org.communityops.demo;

import org.springframework.modulith.ApplicationModule;
