package io.simadmin.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the command line of a service: JVM options, the jar, and the Spring arguments every simadmin
 * service understands (its port, where Eureka, the config server, Kafka, SMTP and its database are).
 */
public final class ServiceCommandBuilder {

    /** Read by every service's {@code spring.config.import=optional:configserver:${SIMADMIN_CONFIG_URL}}. */
    static final String CONFIG_URL_ENV = "SIMADMIN_CONFIG_URL";
    /** Spring's relaxed binding maps it to spring.datasource.password; unlike an argument it is not shown by ps. */
    static final String DATASOURCE_PASSWORD_ENV = "SPRING_DATASOURCE_PASSWORD";
    /**
     * Launcher settings a service must not inherit: discovery-service reads SIMADMIN_PORT as its own port,
     * and the demo password is none of a service's business until auth-service asks for it explicitly.
     */
    static final Set<String> LAUNCHER_ONLY_ENV = Set.of("SIMADMIN_PORT", DemoCredentials.PASSWORD_ENV, "SIMADMIN_DISCOVERY_PORT",
            "SIMADMIN_CONFIG_PORT", SuiteServices.SUBSET_ENV, LaunchSettings.EXTRA_JVM_OPTS_ENV);

    private ServiceCommandBuilder() {
    }

    public static ServiceCommand build(ServiceSpec spec, SuitePorts ports, String kafkaBootstrap,
                                       Optional<DatabaseLogin> database, Map<String, String> secretEnvironment,
                                       Path repoRoot, String javaCommand, List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + ports.service(spec.name()));
        command.add("--eureka.client.service-url.defaultZone=http://localhost:" + ports.service(SuiteServices.DISCOVERY) + "/eureka/");
        // Register as localhost: the machine's host name may not resolve, and then the gateway cannot reach anyone.
        command.add("--eureka.instance.hostname=localhost");
        command.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrap);
        command.add("--spring.mail.host=localhost");
        command.add("--spring.mail.port=" + ports.smtp());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(CONFIG_URL_ENV, "http://localhost:" + ports.service(SuiteServices.CONFIG_SERVICE) + "/config");
        database.ifPresent(login -> {
            command.add("--spring.datasource.url=" + login.jdbcUrl());
            command.add("--spring.datasource.username=" + login.role());
            environment.put(DATASOURCE_PASSWORD_ENV, login.password());
        });
        environment.putAll(secretEnvironment);
        String root = repoRoot.toAbsolutePath().normalize().toString();
        for (String extra : spec.extraArgs()) {
            String arg = extra.replace("{repo}", root);
            if (arg.contains("{gateway}")) {
                // Only when asked: a subset run (SIMADMIN_SERVICES) may have no gateway and so no port for it.
                arg = arg.replace("{gateway}", "http://localhost:" + ports.serviceOrDefault(SuiteServices.GATEWAY_SERVICE, 8080));
            }
            command.add(arg);
        }
        return new ServiceCommand(command, environment, LAUNCHER_ONLY_ENV);
    }
}
