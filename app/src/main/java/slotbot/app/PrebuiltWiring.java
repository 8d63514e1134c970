package slotbot.app;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Decides whether this run may use the wiring the build prepared ahead of time ({@code spring.aot.enabled}, which
 * {@code bin/slotbot} asks for): it starts about a sixth quicker, because the beans' definitions were worked out at
 * build time. That also fixes, at build time, every choice Spring makes from a setting ({@code @ConditionalOnProperty}
 * and the like): a run that sets {@code management.server.port}, say, would silently keep the build's choice.
 *
 * <p>So the prebuilt wiring is used only when every setting this run brings, beyond the jar's own
 * {@code application.yaml}, is on the list below of settings that are only read, never decided on; and when the
 * build's JDK and this one agree on virtual threads. Otherwise the run wires itself as usual, saying why, and
 * nothing but the start-up time differs.
 */
final class PrebuiltWiring implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Log log = LogFactory.getLog(PrebuiltWiring.class);

    /** Settings that beans read when they run, so the build's wiring serves any value (a trailing dot: a prefix). */
    private static final List<String> READ_ONLY = List.of(
            "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "spring.datasource.driver-class-name", "spring.datasource.hikari.",
            "spring.application.name", "spring.config.", "spring.output.ansi.enabled",
            "server.port", "server.address", "server.tomcat.", "server.forward-headers-strategy",
            "management.metrics.", "management.observations.enable.",
            "logging.", "debug", "trace", "slotbot.");

    /** Settings read by a condition even though their prefix is above. */
    private static final List<String> DECIDED_ON = List.of("slotbot.webhook.url");

    /** Where the run's own settings may come from, other than the jar: prefixes of their keys worth a look. */
    private static final List<String> OURS = List.of("spring.", "server.", "management.", "springdoc.", "slotbot.",
            "logging.", "debug", "trace");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;   // after logging is set up, so the reason reaches the log
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        reasonNotToUse(event.getEnvironment(), Runtime.version().feature(), buildJavaFeature()).ifPresent(reason -> {
            // Read by SpringApplication after this event, when it creates and fills the context.
            System.setProperty(AotDetector.AOT_ENABLED, "false");
            log.info("Starting without the prebuilt wiring (about a sixth slower), because " + reason);
        });
    }

    /** Why this run cannot use the build's wiring, if it cannot. */
    static Optional<String> reasonNotToUse(ConfigurableEnvironment environment, int javaFeature, int buildJavaFeature) {
        if ((javaFeature >= 21) != (buildJavaFeature >= 21)) {
            return Optional.of("the jar was built on Java " + buildJavaFeature + " and runs on Java " + javaFeature
                    + ": they differ on virtual threads");
        }
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> settings) || isTheJars(source)) {
                continue;
            }
            for (String name : settings.getPropertyNames()) {
                String key = normalized(name, source);
                if (OURS.stream().anyMatch(key::startsWith) && !readOnly(key, settings.getProperty(name))) {
                    return Optional.of("this run sets " + name + " (" + source.getName() + "), which the build decided on");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTheJars(PropertySource<?> source) {
        String name = source.getName();
        return name.contains("class path resource") || name.equals("configurationProperties")
                || name.equals("random") || name.equals("applicationInfo");
    }

    private static boolean readOnly(String key, Object value) {
        if (key.equals("spring.aot.enabled")) {
            return true;
        }
        if (DECIDED_ON.stream().map(PrebuiltWiring::relaxed).anyMatch(key::equals)) {
            return false;
        }
        // "framework" adds a filter bean; "native" and "none" are read by Tomcat's customizer.
        if (key.equals(relaxed("server.forward-headers-strategy"))) {
            return !"framework".equalsIgnoreCase(String.valueOf(value).trim());
        }
        return READ_ONLY.stream().map(PrebuiltWiring::relaxed)
                .anyMatch(allowed -> allowed.endsWith(".") ? key.startsWith(allowed) : key.equals(allowed));
    }

    /** A key in one spelling whatever its source: lower case, no dashes, environment variables' underscores as dots. */
    private static String normalized(String name, PropertySource<?> source) {
        String key = source instanceof SystemEnvironmentPropertySource ? name.replace('_', '.') : name;
        return relaxed(key);
    }

    private static String relaxed(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** The Java feature version the jar's wiring was prepared on, written into the jar by the build. */
    static int buildJavaFeature() {
        try (InputStream in = PrebuiltWiring.class.getResourceAsStream("/META-INF/build-info.properties")) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            String version = build.getProperty("build.java.feature", "0").trim();
            return Integer.parseInt(version.startsWith("1.") ? version.substring(2) : version);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
