package dev.rolegraph.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** One read transaction per GraphQL query (see {@link QueryReadTransaction}). */
@Configuration(proxyBeanMethods = false)
class QueryTransactionConfiguration {

	@Bean
	QueryReadTransaction queryReadTransaction(PlatformTransactionManager transactions) {
		return new QueryReadTransaction(transactions);
	}

	@Bean
	QueryReadTransaction.EndOfRequest queryReadTransactionEndOfRequest() {
		return new QueryReadTransaction.EndOfRequest();
	}

}
