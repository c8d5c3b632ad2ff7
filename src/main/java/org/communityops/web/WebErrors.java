package org.communityops.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters that keep every error of the APIs a problem (the engine REST API has its own, in security). */
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

}
