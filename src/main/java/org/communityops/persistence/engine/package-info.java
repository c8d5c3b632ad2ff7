/**
 * What the engine's own tables need to be shared by several nodes: their creation
 * serialised across nodes.
 */
package org.communityops.persistence.engine;
