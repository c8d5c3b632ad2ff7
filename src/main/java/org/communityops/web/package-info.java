/**
 * What every HTTP API of CommunityOps shares: errors as {@code application/problem+json}.
 */
package org.communityops.web;
