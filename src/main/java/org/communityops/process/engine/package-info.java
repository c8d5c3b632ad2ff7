/**
 * The process models on the engine: deployed from {@code processes/} (changed files only)
 * with their conventions checked, and every instance's input checked before the engine
 * stores it (a bad request otherwise).
 */
package org.communityops.process.engine;
