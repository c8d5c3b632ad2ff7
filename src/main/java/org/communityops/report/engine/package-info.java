/**
 * The engine side of the reports: which holders are client users, from the engine's
 * identity service.
 */
package org.communityops.report.engine;
