/**
 * What every HTTP API of CommunityOps shares: errors as {@code application/problem+json}.
 */
@ApplicationModule(displayName = "Web")
package org.communityops.web;

import org.springframework.modulith.ApplicationModule;
