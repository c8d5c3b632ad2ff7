/**
 * Demo users, groups and work for a newcomer's first run; active in the default profile only.
 */
package org.communityops.demo;
