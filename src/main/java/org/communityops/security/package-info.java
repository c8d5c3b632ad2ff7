/**
 * Who may call what: Spring Security over every web entry point (HTTP Basic for the APIs,
 * form login with CSRF for pages, the Camunda webapps behind their own login), the
 * caller's engine authentication for the length of a request, and the engine REST API's
 * errors as problem details, another client's objects answering 404.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "identity", "identity :: engine", "web" })
package org.communityops.security;

import org.springframework.modulith.ApplicationModule;
