package slotbot.app.jdbc;

import jakarta.servlet.Filter;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Writes down every statement the database is sent, and every commit and rollback, while a test
 * watches: on the test's own thread, or on the thread serving an HTTP request the test made. The
 * app's background work (scheduler polls, outbox sweeps) is never watched, so a count is exact.
 * Registered only in the tests that {@code @Import} it: the app's own DataSource is left as it is.
 */
public final class StatementLog {

    private static final ThreadLocal<Boolean> WATCHED = ThreadLocal.withInitial(() -> false);
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean on;

    /** Starts a fresh log, watching the calling thread too. */
    public void start() {
        sent.clear();
        on = true;
        WATCHED.set(true);
    }

    /**
     * What was sent since {@link #start()}, in order: SQL text, "COMMIT", "ROLLBACK", "BATCH n: sql", or a JDBC
     * savepoint's "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT".
     */
    public List<String> stop() {
        on = false;
        WATCHED.set(false);
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    private void note(String what) {
        if (on && WATCHED.get()) {
            sent.add(what.replaceAll("\\s+", " ").strip());
        }
    }

    /**
     * A commit or rollback that reaches the database: pgjdbc sends none when no transaction is open, as after a
     * statement that committed itself (Writes.runLast).
     */
    private void noteIfSent(String what, Connection connection) throws SQLException {
        if (!connection.isWrapperFor(BaseConnection.class)
                || connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            note(what);
        }
    }

    private Connection watch(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            switch (method.getName()) {
                case "commit" -> noteIfSent("COMMIT", target);
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        noteIfSent("ROLLBACK", target);
                    } else {
                        note("ROLLBACK TO SAVEPOINT");
                    }
                }
                // A JDBC savepoint is a round trip of its own, set and released alike.
                case "setSavepoint" -> note("SAVEPOINT");
                case "releaseSavepoint" -> note("RELEASE SAVEPOINT");
                default -> { }
            }
            Object result = call(target, method, args);
            if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) {
                return watch(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement plain && method.getName().equals("createStatement")) {
                return watch(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S watch(Class<S> type, S statement, String sql) {
        int[] batched = {0};
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                note("BATCH " + batched[0] + ": " + sql);
                batched[0] = 0;
            } else if (EXECUTES.contains(name)) {
                note(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
            return call(target, method, args);
        });
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The log, the app's DataSource wrapped to feed it, and a filter that marks each request's thread as watched. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Beans {

        @Bean
        static StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        static BeanPostProcessor statementLogDataSource(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof Watched) {
                        return bean;
                    }
                    return new Watched(dataSource, log.getObject());
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> statementLogRequests() {
            Filter filter = (request, response, chain) -> {
                WATCHED.set(true);
                try {
                    chain.doFilter(request, response);
                } finally {
                    WATCHED.set(false);
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** The app's DataSource, handing out watched connections. */
    static final class Watched extends DelegatingDataSource {
        private final StatementLog log;

        Watched(DataSource target, StatementLog log) {
            super(target);
            this.log = log;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return log.watch(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return log.watch(super.getConnection(username, password));
        }
    }
}
