package de.lenkrunde;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only, imported by benchmarks (never component-scanned): wraps the application's DataSource so
 * that every statement the application creates on a connection ({@code prepareStatement},
 * {@code prepareCall}, {@code createStatement}) is counted — but only on the thread that called
 * {@link #start()}, so schedulers and listeners on other threads do not blur the figure. The driver's
 * own transaction control (autocommit, read-only, commit) is not a statement the application sends and
 * is not counted.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Thread counting;

    public static void start() {
        COUNT.set(0);
        counting = Thread.currentThread();
    }

    public static int stop() {
        counting = null;
        return COUNT.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? proxy(Connection.class, connection, (c, m, a) -> {
                    if (STATEMENTS.contains(m.getName()) && counting == Thread.currentThread()) {
                        COUNT.incrementAndGet();
                    }
                    return invoke(c, m, a);
                }) : result;
            });
        }
        return bean;
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
