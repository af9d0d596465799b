package io.simadmin.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring environment at the shared servers. */
final class SharedInfrastructureProperties {

    static final String DEFAULT_APPLICATION_NAME = "app";

    private SharedInfrastructureProperties() {
    }

    static void applyDatabase(ConfigurableEnvironment environment) {
        String applicationName = environment.getProperty("spring.application.name", DEFAULT_APPLICATION_NAME);
        TestDatabase database = SharedInfrastructure.testDatabase(applicationName);
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("spring.datasource.url", database.jdbcUrl());
        overrides.put("spring.datasource.username", database.username());
        overrides.put("spring.datasource.password", database.password());
        // Spring caches up to 32 contexts per JVM, each with its own pool, all on one server.
        Map<String, Object> defaults = Map.of(
                "spring.datasource.hikari.maximum-pool-size", "5",
                "spring.datasource.hikari.minimum-idle", "1");
        apply(environment, "simadmin-shared-postgres", overrides, defaults);
    }

    static void applyKafka(ConfigurableEnvironment environment) {
        apply(environment, "simadmin-shared-kafka",
                Map.of("spring.kafka.bootstrap-servers", SharedInfrastructure.kafka().bootstrapServers()),
                Map.of());
    }

    /** The test issuer ({@link TestTokens}) joins whatever issuers the service trusts. */
    static void applyTestIssuer(ConfigurableEnvironment environment) {
        apply(environment, "simadmin-test-issuer", TestTokens.properties(), Map.of());
    }

    /** No service can reach Eureka or config-service in a test; looking for them only costs time and noise. */
    static void applyStandalone(ConfigurableEnvironment environment) {
        apply(environment, "simadmin-standalone", Map.of(
                "eureka.client.enabled", "false",
                "spring.cloud.discovery.enabled", "false",
                "spring.cloud.config.enabled", "false"), Map.of());
    }

    /** Overrides win over application.yml; defaults only fill what the service left unset. */
    private static void apply(ConfigurableEnvironment environment, String name,
            Map<String, Object> overrides, Map<String, Object> defaults) {
        environment.getPropertySources().addFirst(new MapPropertySource(name, overrides));
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(name + "-defaults", defaults));
        }
    }
}
