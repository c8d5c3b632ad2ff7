package org.communityops.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL of every statement the application executes on a thread (and the
 * threads it starts) while it listens: the application's DataSource is wrapped (a bean
 * post-processor), and with it each connection and statement it gives out, so that an
 * execution of a prepared statement counts each time, not only its preparation.
 */
public final class StatementLog implements BeanPostProcessor {

	private final List<String> executed = new CopyOnWriteArrayList<>();

	/**
	 * Set on the listening thread, and so on the threads it starts meanwhile (a report's
	 * reader).
	 */
	private final InheritableThreadLocal<Boolean> listening = new InheritableThreadLocal<>();

	/**
	 * The statements the thread, and threads it starts, execute while {@code action}
	 * runs, in order.
	 */
	public List<String> during(Runnable action) {
		executed.clear();
		listening.set(true);
		try {
			action.run();
		}
		finally {
			listening.remove();
		}
		return List.copyOf(executed);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					return wrap(Connection.class, super.getConnection(), null);
				}

			};
		}
		return bean;
	}

	private <T> T wrap(Class<T> type, T target, String sql) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			record(method, sql, arguments);
			Object result = invoke(method, target, arguments);
			if (result instanceof Statement statement && !(result instanceof Proxy)) {
				String prepared = arguments != null && arguments.length > 0 && arguments[0] instanceof String text
						? text : null;
				return wrap(statementType(method), statement, prepared);
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** An execution: of the statement's prepared SQL, or of the SQL it is given. */
	private void record(Method method, String prepared, Object[] arguments) {
		if (!method.getName().startsWith("execute") || listening.get() == null) {
			return;
		}
		executed
			.add(arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text : prepared);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Statement> Class<T> statementType(Method method) {
		return (Class<T>) method.getReturnType();
	}

	private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
