/**
 * What the features' own tables share: Spring Data JDBC mapping that works the same on H2 and PostgreSQL.
 */
package org.communityops.persistence;
