package org.communityops.security;

import java.util.Arrays;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.communityops.identity.ClientAccess;
import org.communityops.identity.engine.EngineAuthentication;
import org.communityops.identity.engine.EngineObjects;
import org.communityops.identity.engine.WebappSessions;
import org.communityops.security.engine.EngineRestErrors;
import org.communityops.web.ProblemResponses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains. Webhooks ({@code /webhooks/**}) prove themselves by signature. The
 * Camunda webapps ({@code /camunda/**}) keep their own login, session and CSRF filter, so
 * Spring Security lets their requests through untouched. The APIs
 * ({@code /engine-rest/**}, {@code /api/**}, {@code /actuator/**}) take HTTP Basic,
 * create no session, and answer 401/403 as problem details; a request that rides on a
 * page login's session instead needs the CSRF token to change anything. Everything else
 * is a page: form login, CSRF protection. Every authenticated request runs as its caller
 * on the engine. Without a web server (the command line, benchmarks) there is nothing to
 * secure.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * The engine REST API and the webapps' engine API, as the servlet container maps them
	 * (decoded, normalised).
	 */
	private static final String[] ENGINE_APIS = { "/engine-rest/*", "/camunda/api/engine/*" };

	@Bean
	@Order(1)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(paths("/camunda/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.build();
	}

	/**
	 * Webhooks from the clients' community platforms carry no login: each delivery proves
	 * itself with its signature, checked by the endpoint (intake module). No session, no
	 * CSRF token (there is no cookie to ride on).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
		return http.securityMatcher(paths("/webhooks/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apis(HttpSecurity http, ProblemEntryPoint problems, EngineAuthentication engine)
			throws Exception {
		return http.securityMatcher(paths("/engine-rest/**", "/api/**", "/actuator/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info"))
				.permitAll()
				.requestMatchers(paths("/actuator/**"))
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName(ProblemEntryPoint.REALM).authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(changesStateWithoutBasic()))
			.requestCache(cache -> cache.disable())
			.addFilterAfter(new EngineAuthenticationFilter(engine), AuthorizationFilter.class)
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, EngineAuthentication engine) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(paths("/login", "/error", "/favicon.ico", "/favicon.svg", "/css/**"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new EngineAuthenticationFilter(engine), AuthorizationFilter.class)
			.build();
	}

	/**
	 * Engine REST errors as problem details; runs after the security chain, around the
	 * engine's servlets.
	 */
	@Bean
	FilterRegistrationBean<EngineRestErrors> engineRestErrors(ProblemResponses problems, ObjectMapper json) {
		FilterRegistrationBean<EngineRestErrors> registration = new FilterRegistrationBean<>(
				new EngineRestErrors(problems, json));
		registration.addUrlPatterns(ENGINE_APIS);
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Default deny for both engine APIs; inside {@link EngineRestErrors}, so its answers
	 * are problems too.
	 */
	@Bean
	FilterRegistrationBean<EngineApiGuard> engineApiGuard(ClientAccess access, WebappSessions webapps,
			EngineObjects objects, ProblemResponses problems, ObjectMapper json) {
		FixedClient fixedClient = new FixedClient(objects, json, problems);
		FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
				new EngineApiGuard(EngineApiAllowlist.standard(), access, webapps, objects, fixedClient, problems));
		registration.addUrlPatterns(ENGINE_APIS);
		registration.setOrder(1);
		return registration;
	}

	/**
	 * Paths of the whole application, whichever servlet serves them (the engine REST API
	 * is not Spring MVC's, so Spring Security's MVC-aware string matchers would not see
	 * it).
	 */
	private static RequestMatcher paths(String... patterns) {
		return new OrRequestMatcher(Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toList());
	}

	/**
	 * CSRF protection where a browser could be tricked into a request: one that changes
	 * state riding on a session cookie. A request with its own credentials, or with no
	 * session at all (answered 401), needs no token.
	 */
	private static RequestMatcher changesStateWithoutBasic() {
		return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
	}

}
