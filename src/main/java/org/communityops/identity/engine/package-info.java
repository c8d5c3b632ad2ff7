/**
 * The Camunda side of identity, and the only Camunda-aware identity code: passwords,
 * groups and tenants in the engine's identity service, the caller's authentication on the
 * engine, the tenant stamped on every process instance, and the authorizations each role
 * is granted.
 */
@NamedInterface("engine")
package org.communityops.identity.engine;

import org.springframework.modulith.NamedInterface;
