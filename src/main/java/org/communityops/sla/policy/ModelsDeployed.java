package org.communityops.sla.policy;

/**
 * Published once at start-up by whoever deploys the process models, when they are
 * deployed: the policies are loaded then, so that their references to processes and
 * activities are checked against the models of this start.
 */
public record ModelsDeployed() {

}
