/**
 * Work arriving from a client's community platform (Discourse first): signed webhooks
 * checked, de-duplicated and kept in an inbox before anything is started.
 */
@ApplicationModule(displayName = "Community intake")
package org.communityops.intake;

import org.springframework.modulith.ApplicationModule;
