package slotbot.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;

/**
 * An app instance a test starts itself, on a port of its own: {@link #beside} the test's own app (its database, the
 * test catalog, the same test clock), for what must hold however many instances share one database (a race, a due job
 * run once); or {@link #on} settings of the test's making, for instances that come and go (a restart, a second node).
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts one beside the app whose environment is given, on its datasource (and schema), ticking by {@code clock}. */
    public static SecondInstance beside(Environment first, TestClock clock) {
        return beside(first, clock, List.of());
    }

    /** As {@link #beside(Environment, TestClock)}, with more settings ({@code --name=value}) of its own. */
    public static SecondInstance beside(Environment first, TestClock clock, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--slotbot.catalog=classpath:test-catalog.yaml",
                "--spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url")));
        if (settings.stream().noneMatch(s -> s.startsWith("--spring.datasource.hikari.maximum-pool-size="))) {
            // A small pool: the test database's connections are shared with every other test context.
            args.add("--spring.datasource.hikari.maximum-pool-size=5");
        }
        String schema = first.getProperty("spring.flyway.schemas");
        if (schema != null) {
            args.add("--spring.flyway.schemas=" + schema);
        }
        args.addAll(settings);
        return start(clock, args);
    }

    /**
     * An instance of a test's own making: on the database, catalog and pool its settings name, ticking by a clock of
     * its own ({@link #clock()}). For tests whose instances come and go, as a restart or a second node would.
     */
    public static SecondInstance on(List<String> settings) {
        return start(new TestClock(), settings);
    }

    /** Runs the app with the settings every test instance shares (no demo, the test token, a free port, quiet logs). */
    private static SecondInstance start(TestClock clock, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--slotbot.demo=false",
                "--slotbot.security.api-token=" + Api.TOKEN, "--logging.level.slotbot=warn"));
        args.addAll(settings);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlotbotApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("testClock", TestClock.class, () -> clock,
                        definition -> definition.setPrimary(true)))
                .run(args.toArray(String[]::new));
        return new SecondInstance(context);
    }

    public TestClock clock() {
        return bean(TestClock.class);
    }

    public Api api() {
        return new Api(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Object bean(String name) {
        return context.getBean(name);
    }

    @Override
    public void close() {
        context.close();
    }
}
