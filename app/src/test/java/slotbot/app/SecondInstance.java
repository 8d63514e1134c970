package slotbot.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;

/**
 * Another app instance on the database of a test's own, on a port of its own, with the test catalog and the same
 * test clock: for what must hold however many instances share one database (a race, a due job run once).
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
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--slotbot.demo=false",
                "--slotbot.catalog=classpath:test-catalog.yaml", "--slotbot.security.api-token=" + Api.TOKEN,
                "--logging.level.slotbot=warn",
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
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlotbotApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("testClock", TestClock.class, () -> clock,
                        definition -> definition.setPrimary(true)))
                .run(args.toArray(String[]::new));
        return new SecondInstance(context);
    }

    public Api api() {
        return new Api(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
