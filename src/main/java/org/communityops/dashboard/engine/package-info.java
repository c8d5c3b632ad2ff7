/**
 * The dashboard's questions to the process engine: escalations' progress and the tasks
 * waiting on client users.
 */
package org.communityops.dashboard.engine;
