package dev.rolegraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.rolegraph.database.GraphVersion;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every session the application opens on the driver (access mode, and whether it was closed) and every
 * statement it runs, so tests see what a request did on the wire's terms: a cluster routes a READ session to a
 * reader, and each statement is a round trip to a remote database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DriverSessions {

	/**
	 * One session: its access mode, whether it was closed, and whether it began a transaction of its own (BEGIN and
	 * COMMIT, two round trips more than a statement run in an auto-commit transaction).
	 */
	public record Opened(AccessMode mode, AtomicBoolean closed, AtomicBoolean began) {
	}

	private static final List<Opened> OPENED = new CopyOnWriteArrayList<>();

	private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

	/** The sessions opened while {@code work} ran. */
	public static List<Opened> openedWhile(Runnable work) {
		OPENED.clear();
		work.run();
		return List.copyOf(OPENED);
	}

	/** The Cypher statements the application ran on the driver while {@code work} ran. */
	public static List<String> statementsWhile(Runnable work) {
		STATEMENTS.clear();
		work.run();
		return List.copyOf(STATEMENTS);
	}

	@Bean
	static BeanPostProcessor recordDriverSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof Driver driver ? Proxy.newProxyInstance(Driver.class.getClassLoader(),
						new Class<?>[] { Driver.class }, new Recording(driver)) : bean;
			}
		};
	}

	private record Recording(Driver driver) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			Object result = call(this.driver, method, args);
			if (!method.getName().endsWith("ession") || result == null) {
				return result;
			}
			SessionConfig config = args == null ? SessionConfig.defaultConfig()
					: Arrays.stream(args)
						.filter(SessionConfig.class::isInstance)
						.map(SessionConfig.class::cast)
						.findFirst()
						.orElse(SessionConfig.defaultConfig());
			Opened opened = new Opened(config.defaultAccessMode(), new AtomicBoolean(), new AtomicBoolean());
			if (!Thread.currentThread().getName().equals(GraphVersion.POLL_THREAD)) {
				OPENED.add(opened);
			}
			return Proxy.newProxyInstance(result.getClass().getClassLoader(), result.getClass().getInterfaces(),
					(session, sessionMethod, sessionArgs) -> {
						if (sessionMethod.getName().equals("close")) {
							opened.closed().set(true);
						}
						if (sessionMethod.getName().startsWith("beginTransaction")
								|| sessionMethod.getName().startsWith("execute")) {
							opened.began().set(true);
						}
						return running(result, sessionMethod, sessionArgs);
					});
		}

	}

	/**
	 * Calls {@code method}, recording the statement of a {@code run}, and wrapping what runs statements in turn: a
	 * transaction a session begins, and the transaction handed to a callback of {@code executeRead/Write}.
	 */
	private static Object running(Object target, Method method, Object[] args) throws Throwable {
		// The graph version's poll runs on its own every second, for no request.
		if (method.getName().equals("run") && args != null && args.length > 0
				&& !Thread.currentThread().getName().equals(GraphVersion.POLL_THREAD)) {
			STATEMENTS.add(args[0] instanceof Query query ? query.text() : String.valueOf(args[0]));
		}
		if (args != null) {
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof TransactionCallback<?> callback) {
					args[i] = (TransactionCallback<Object>) context -> callback.execute(recording(context));
				}
			}
		}
		Object result = call(target, method, args);
		return result instanceof Transaction transaction ? recording(transaction) : result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T recording(T target) {
		return (T) Proxy.newProxyInstance(target.getClass().getClassLoader(), target.getClass().getInterfaces(),
				(proxy, method, args) -> running(target, method, args));
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
