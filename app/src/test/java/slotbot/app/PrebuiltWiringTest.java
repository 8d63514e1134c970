package slotbot.app;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PrebuiltWiringTest {

    @Test
    void aRunThatOnlySetsWhatBeansReadUsesTheBuildsWiring() {
        assertThat(reason(commandLine(Map.of(
                "server.port", "8081", "spring.datasource.url", "jdbc:postgresql://db/slotbot",
                "spring.datasource.hikari.maximum-pool-size", "20", "slotbot.security.api-token", "s",
                "logging.level.root", "warn", "server.forward-headers-strategy", "native")))).isEmpty();
        assertThat(reason(environment(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/slotbot",
                "SLOTBOT_SECURITY_API_TOKEN", "s", "PATH", "/usr/bin", "HOME", "/root")))).isEmpty();
    }

    @Test
    void aSettingTheBuildDecidedOnMakesTheRunWireItself() {
        assertThat(reason(commandLine(Map.of("management.server.port", "9090"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("management.server.port"));
        assertThat(reason(commandLine(Map.of("springdoc.api-docs.enabled", "false"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("springdoc.api-docs.enabled"));
        assertThat(reason(commandLine(Map.of("spring.profiles.active", "prod")))).isPresent();
        assertThat(reason(commandLine(Map.of("server.forward-headers-strategy", "framework")))).isPresent();
    }

    @Test
    void theWebhookIsDecidedOnHoweverItIsSpelled() {
        assertThat(reason(commandLine(Map.of("slotbot.webhook.url", "https://example.org/hook")))).isPresent();
        assertThat(reason(environment(Map.of("SLOTBOT_WEBHOOK_URL", "https://example.org/hook"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("SLOTBOT_WEBHOOK_URL"));
    }

    @Test
    void theJarsOwnSettingsAreTheBuildsAndDoNotCount() {
        PropertySource<?> jars = new MapPropertySource(
                "Config resource 'class path resource [application.yaml]' via location 'optional:classpath:/'",
                Map.of("springdoc.api-docs.enabled", "true", "management.endpoints.web.exposure.include", "health"));
        assertThat(reason(jars)).isEmpty();
        PropertySource<?> external = new MapPropertySource(
                "Config resource 'file [config/application.yaml]' via location 'optional:file:./config/'",
                Map.of("management.endpoints.web.exposure.include", "health,info"));
        assertThat(reason(external)).hasValueSatisfying(reason -> assertThat(reason).contains("config/application.yaml"));
    }

    @Test
    void aJarBuiltOnAJdkThatDisagreesOnVirtualThreadsIsNotUsed() {
        StandardEnvironment empty = new StandardEnvironment();
        empty.getPropertySources().forEach(source -> empty.getPropertySources().remove(source.getName()));
        assertThat(PrebuiltWiring.reasonNotToUse(empty, 25, 17))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Java 17").contains("Java 25"));
        assertThat(PrebuiltWiring.reasonNotToUse(empty, 25, 21)).isEmpty();
        assertThat(PrebuiltWiring.reasonNotToUse(empty, 17, 17)).isEmpty();
        assertThat(PrebuiltWiring.reasonNotToUse(empty, 21, 0)).as("a jar that does not say").isPresent();
    }

    @Test
    void theBuildWritesItsJdkIntoTheJar() {
        assertThat(PrebuiltWiring.buildJavaFeature()).isGreaterThanOrEqualTo(17);
    }

    private static Optional<String> reason(PropertySource<?> source) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().forEach(existing -> environment.getPropertySources().remove(existing.getName()));
        environment.getPropertySources().addFirst(source);
        return PrebuiltWiring.reasonNotToUse(environment, 25, 25);
    }

    private static PropertySource<?> commandLine(Map<String, Object> settings) {
        return new MapPropertySource("commandLineArgs", settings);
    }

    private static PropertySource<?> environment(Map<String, Object> variables) {
        return new SystemEnvironmentPropertySource("systemEnvironment", variables);
    }
}
