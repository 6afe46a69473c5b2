package dev.rolegraph.role;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For the {@code @GraphQlTest} slices of other features: every slice wires the {@code Role} type's lists, whose
 * batch loaders need a {@link RoleGraph}; a mock stands in, since those slices render no role list.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoleSlice {

	@Bean
	RoleGraph roleGraph() {
		return Mockito.mock(RoleGraph.class);
	}

}
