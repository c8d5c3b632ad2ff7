/**
 * What the features' own tables share: Spring Data JDBC mapping that works the same on H2
 * and PostgreSQL.
 */
@ApplicationModule(displayName = "Persistence")
package org.communityops.persistence;

import org.springframework.modulith.ApplicationModule;
