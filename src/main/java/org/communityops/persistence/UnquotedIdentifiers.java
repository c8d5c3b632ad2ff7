package org.communityops.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Data JDBC write table and column names unquoted, so that
 * {@code sla_policy_version} in a migration is the same table on H2 (which folds to upper
 * case) and PostgreSQL (which folds to lower case).
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof RelationalMappingContext mappingContext) {
			mappingContext.setForceQuote(false);
		}
		return bean;
	}

}
