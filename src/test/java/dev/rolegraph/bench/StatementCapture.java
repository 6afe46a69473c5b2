package dev.rolegraph.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the statements, with their parameters, that an application context sends through its driver, so that the
 * benchmark's driver baseline runs exactly what the application runs for the same request, byte for byte, and the
 * ratio measures the application and nothing else. Used in a context of its own that is never measured.
 */
final class StatementCapture {

	/**
	 * One statement as the application sent it: in an auto-commit transaction of its own (run on a session) or inside
	 * a transaction the application began.
	 */
	record Statement(String text, Map<String, Object> parameters, boolean autoCommit) {
	}

	private static final List<Statement> recorded = new ArrayList<>();

	private StatementCapture() {
	}

	/** What was sent since the last call; the benchmark asks one request at a time. */
	static synchronized List<Statement> take() {
		List<Statement> statements = List.copyOf(recorded);
		recorded.clear();
		return statements;
	}

	private static synchronized void record(Statement statement) {
		recorded.add(statement);
	}

	/** Wraps the context's driver. */
	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		static BeanPostProcessor capturingDriver() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
				}
			};
		}

	}

	private static <T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				record(statement(args, type == Session.class));
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			// Sessions and transactions come out of the driver; whatever runs on them is recorded.
			if (result instanceof Session session) {
				return wrap(session, Session.class);
			}
			if (result instanceof Transaction transaction) {
				return wrap(transaction, Transaction.class);
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(StatementCapture.class.getClassLoader(), new Class<?>[] { type },
				handler));
	}

	@SuppressWarnings("unchecked")
	private static Statement statement(Object[] args, boolean autoCommit) {
		if (args[0] instanceof Query query) {
			return new Statement(query.text(), query.parameters().asMap(), autoCommit);
		}
		Map<String, Object> parameters = args.length < 2 || args[1] == null ? Map.of()
				: args[1] instanceof Map<?, ?> map ? (Map<String, Object>) map
				: args[1] instanceof Value value ? value.asMap() : Map.of();
		return new Statement((String) args[0], parameters, autoCommit);
	}

}
