package dev.rolegraph.limits;

import java.util.concurrent.Executors;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every HTTP request runs on a virtual thread of its own: a client that sends its body slowly then holds a cheap
 * virtual thread, not one of Tomcat's few hundred platform threads, so many slow senders cannot starve the others.
 * Only Tomcat's executor changes; GraphQL fetchers still run on the request's own thread, where its read
 * transaction is bound.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreads {

	@Bean
	TomcatProtocolHandlerCustomizer<?> virtualRequestThreads() {
		return handler -> handler.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
	}

}
