package dev.rolegraph.safety;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest extends ApiTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyApiTransactionCarriesTheConfiguredTimeout() {
		assertThat(this.transactions).isInstanceOfSatisfying(AbstractPlatformTransactionManager.class,
				manager -> assertThat(manager.getDefaultTimeout()).isEqualTo(10));
	}

	@Test
	void aQueryJustUnderTheLimitsIsAnsweredAndOneOverIsRefusedBeforeItRuns() {
		String nested = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(4) + "id"
				+ " } }".repeat(4) + " } }";
		this.graphQl.document(nested).execute().path("role.nextSteps[0].role.nextSteps").entityList(Object.class).hasSizeGreaterThan(0);
		String tooDeep = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(6) + "id"
				+ " } }".repeat(6) + " } }";
		this.graphQl.document(tooDeep)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == graphql.ErrorType.ExecutionAborted
					&& error.getMessage().contains("depth"))
			.verify();
	}

}
