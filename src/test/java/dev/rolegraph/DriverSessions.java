package dev.rolegraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every session the application opens on the driver (access mode, and whether it was closed), so tests can
 * see what a request did on the wire's terms: a cluster routes a READ session to a reader.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DriverSessions {

	/** One session: its access mode and whether it was closed. */
	public record Opened(AccessMode mode, AtomicBoolean closed) {
	}

	private static final List<Opened> OPENED = new CopyOnWriteArrayList<>();

	/** The sessions opened while {@code work} ran. */
	public static List<Opened> openedWhile(Runnable work) {
		OPENED.clear();
		work.run();
		return List.copyOf(OPENED);
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
					: java.util.Arrays.stream(args)
						.filter(SessionConfig.class::isInstance)
						.map(SessionConfig.class::cast)
						.findFirst()
						.orElse(SessionConfig.defaultConfig());
			Opened opened = new Opened(config.defaultAccessMode(), new AtomicBoolean());
			OPENED.add(opened);
			return Proxy.newProxyInstance(result.getClass().getClassLoader(), result.getClass().getInterfaces(),
					(session, sessionMethod, sessionArgs) -> {
						if (sessionMethod.getName().equals("close")) {
							opened.closed().set(true);
						}
						return call(result, sessionMethod, sessionArgs);
					});
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

}
