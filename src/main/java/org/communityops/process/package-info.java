/**
 * The process models in {@code processes/}: deploys them (changed files only) and checks their conventions.
 */
package org.communityops.process;
