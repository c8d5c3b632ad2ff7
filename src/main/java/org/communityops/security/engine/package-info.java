/**
 * The engine REST API's side of security: its errors as problem details (another client's
 * object answering 404, lost races 409), and its request bodies checked before the engine
 * reads them; the only security code that knows Camunda.
 */
package org.communityops.security.engine;
