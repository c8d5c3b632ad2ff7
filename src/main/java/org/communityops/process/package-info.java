/**
 * The process models in {@code processes/}: deploys them (changed files only) and checks
 * their conventions; and what every process instance's input must be for the engine to
 * store it (refused as a bad request otherwise).
 */
@ApplicationModule(displayName = "Process models")
package org.communityops.process;

import org.springframework.modulith.ApplicationModule;
