/**
 * Who the caller is and which clients they may see: roles from groups, clients from
 * tenant memberships, the administrator account, and the one rule every entry point
 * applies ({@link org.communityops.identity.ClientAccess}).
 */
@ApplicationModule(displayName = "Identity")
package org.communityops.identity;

import org.springframework.modulith.ApplicationModule;
