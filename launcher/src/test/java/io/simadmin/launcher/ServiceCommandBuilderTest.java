package io.simadmin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCommandBuilderTest {

    private final Path repo = Path.of("/repo");
    private final SuitePorts ports = new SuitePorts(5432, 9092, 2525,
            Map.of("discovery-service", 8761, "config-service", 8888, "reseller-service", 41000, "auth-service", 41001,
                    "gateway-service", 8080));

    private ServiceSpec spec(String name) {
        return SuiteServices.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_service_with_a_database_gets_port_registry_kafka_mail_and_its_datasource() {
        ServiceCommand command = ServiceCommandBuilder.build(spec("reseller-service"), ports, "localhost:9092",
                Optional.of(new DatabaseLogin("jdbc:postgresql://localhost:5432/reseller", "reseller", "s3cret")), Map.of(),
                repo, "/jdk/bin/java", List.of("-Xmx192m"), Path.of("/repo/.data/app/reseller-service/reseller-service.jar"));

        assertThat(command.command()).containsSubsequence("/jdk/bin/java", "-Xmx192m", "-jar",
                "/repo/.data/app/reseller-service/reseller-service.jar", "--server.port=41000");
        assertThat(command.command()).contains(
                "--eureka.client.service-url.defaultZone=http://localhost:8761/eureka/",
                "--spring.kafka.bootstrap-servers=localhost:9092",
                "--spring.mail.host=localhost",
                "--spring.mail.port=2525",
                "--spring.datasource.url=jdbc:postgresql://localhost:5432/reseller",
                "--spring.datasource.username=reseller");
        assertThat(command.environment()).containsEntry("SIMADMIN_CONFIG_URL", "http://localhost:8888/config");
    }

    @Test
    void the_database_password_goes_through_the_environment_never_the_command_line() {
        ServiceCommand command = ServiceCommandBuilder.build(spec("reseller-service"), ports, "localhost:9092",
                Optional.of(new DatabaseLogin("jdbc:postgresql://localhost:5432/reseller", "reseller", "s3cret")), Map.of(),
                repo, "java", List.of(), Path.of("app.jar"));

        assertThat(String.join(" ", command.command())).doesNotContain("s3cret");
        assertThat(command.environment()).containsEntry("SPRING_DATASOURCE_PASSWORD", "s3cret");
        assertThat(command.toString()).doesNotContain("s3cret");
    }

    @Test
    void a_service_without_a_database_gets_no_datasource() {
        ServiceCommand command = ServiceCommandBuilder.build(spec("gateway-service"), ports, "localhost:9092",
                Optional.empty(), Map.of(), repo, "java", List.of(), Path.of("app.jar"));

        assertThat(command.command()).contains("--server.port=8080");
        assertThat(command.command()).noneMatch(arg -> arg.startsWith("--spring.datasource"));
        assertThat(command.environment()).doesNotContainKey("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void config_service_reads_config_repo_of_this_checkout() {
        ServiceCommand command = ServiceCommandBuilder.build(spec("config-service"), ports, "localhost:9092",
                Optional.empty(), Map.of(), repo, "java", List.of(), Path.of("app.jar"));

        assertThat(command.command()).contains("--spring.cloud.config.server.native.search-locations=classpath:/config-repo/,file:/repo/config-repo/");
    }

    @Test
    void launcher_settings_are_not_inherited_by_services() {
        ServiceCommand command = ServiceCommandBuilder.build(spec("discovery-service"), ports, "k:1",
                Optional.empty(), Map.of(), repo, "java", List.of(), Path.of("app.jar"));

        // discovery-service would otherwise take SIMADMIN_PORT (the gateway's port) as its own.
        assertThat(command.unsetEnvironment()).contains("SIMADMIN_PORT", "SIMADMIN_DEMO_PASSWORD");
    }

    @Test
    void auth_service_gets_its_secrets_in_the_environment_and_the_gateway_url_for_its_links(@TempDir Path dir) {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));
        DemoCredentials.DemoPassword demo = new DemoCredentials.DemoPassword("demo-pass-123", true, false);
        ServiceSpec auth = spec("auth-service");

        ServiceCommand command = ServiceCommandBuilder.build(auth, ports, "k:1",
                Optional.of(new DatabaseLogin("jdbc:postgresql://localhost:5432/auth", "auth", "pw")),
                ServiceSecrets.environment(auth, secrets, demo), repo, "java", List.of(), Path.of("app.jar"));

        assertThat(command.command()).contains("--simadmin.auth.public-url=http://localhost:8080");
        assertThat(String.join(" ", command.command())).doesNotContain("demo-pass-123");
        assertThat(command.environment()).containsEntry("SIMADMIN_AUTH_DEMO_ADMINS_PASSWORD", "demo-pass-123");
        assertThat(java.util.Base64.getDecoder().decode(command.environment().get("SIMADMIN_AUTH_KEY_ENCRYPTION_KEY")))
                .hasSize(32);
        assertThat(ServiceSecrets.environment(spec("reseller-service"), secrets, demo)).isEmpty();
        assertThat(ServiceSecrets.environment(spec("user-service"), secrets, demo).get("SIMADMIN_USERS_PII_KEY"))
                .isEqualTo(ServiceSecrets.environment(spec("user-service"), secrets, demo).get("SIMADMIN_USERS_PII_KEY"));
    }

    @Test
    void a_run_without_the_gateway_still_builds_auth_service_command() {
        SuitePorts withoutGateway = new SuitePorts(5432, 9092, 2525,
                Map.of("discovery-service", 8761, "config-service", 8888, "auth-service", 41001));

        ServiceCommand command = ServiceCommandBuilder.build(spec("auth-service"), withoutGateway, "k:1",
                Optional.empty(), Map.of(), repo, "java", List.of(), Path.of("app.jar"));

        assertThat(command.command()).contains("--simadmin.auth.public-url=http://localhost:8080");
    }

    @Test
    void database_login_never_prints_its_password() {
        assertThat(new DatabaseLogin("jdbc:x", "role", "s3cret").toString()).doesNotContain("s3cret");
    }
}
