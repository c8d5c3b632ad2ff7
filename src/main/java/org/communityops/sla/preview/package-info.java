/**
 * "When would this be due?": business-time arithmetic on a draft calendar, over HTTP, for drafting contracts.
 */
package org.communityops.sla.preview;
