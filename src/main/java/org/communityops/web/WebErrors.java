package org.communityops.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The filters that keep every error of the APIs a problem (the engine REST API has its
 * own, in security), the 503 of the APIs until the application is ready, and the limit on
 * request bodies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebErrors {

	/** After the security chain, around the actuator's endpoints. */
	@Bean
	FilterRegistrationBean<ProblemBodies> actuatorProblemBodies(ProblemResponses problems) {
		FilterRegistrationBean<ProblemBodies> registration = new FilterRegistrationBean<>(new ProblemBodies(problems));
		registration.addUrlPatterns("/actuator/*");
		registration.setOrder(0);
		return registration;
	}

	/**
	 * First of all: until the application is ready its APIs answer 503 (the actuator says
	 * why).
	 */
	@Bean
	FilterRegistrationBean<NotReadyYet> notReadyYet(ApplicationAvailability availability, ProblemResponses problems) {
		FilterRegistrationBean<NotReadyYet> registration = new FilterRegistrationBean<>(
				new NotReadyYet(availability, problems));
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/webhooks/*");
		registration.setOrder(-300);
		return registration;
	}

	/**
	 * Before the security chain: a body too large is refused before anything is spent on
	 * it.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ProblemResponses problems, HttpProperties http) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(problems, http.maxRequestBody()));
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/engine/*", "/webhooks/*");
		registration.setOrder(-200);
		return registration;
	}

}
