package io.simadmin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "SIMADMIN_CONFIG_REPO=classpath:/test-config-repo/"
        })
class ConfigServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void serves_service_file_before_shared_application_file_before_packaged_defaults() throws Exception {
        JsonNode environment = getJson("/config/reseller-service/default");

        List<String> sources = environment.get("propertySources").valueStream()
                .map(source -> source.get("name").asString())
                .toList();
        assertThat(sources).containsExactly(
                "classpath:/test-config-repo/reseller-service.yml",
                "classpath:/test-config-repo/application.yml",
                "classpath:/config-repo/application.yml");
        assertThat(environment.at("/propertySources/0/source/simadmin.overridden").asString())
                .isEqualTo("from-reseller-service");
        assertThat(environment.at("/propertySources/1/source/simadmin.shared").asString())
                .isEqualTo("from-application");
    }

    @Test
    void packages_the_shared_defaults_so_the_jar_works_without_a_working_copy() throws Exception {
        JsonNode packaged = getJson("/config/any-service/default").at("/propertySources/1/source");

        assertThat(packaged.get("spring.jpa.hibernate.ddl-auto").asString()).isEqualTo("validate");
        assertThat(packaged.get("server.shutdown").asString()).isEqualTo("graceful");
    }

    @Test
    void serves_configuration_only_under_the_config_prefix() throws Exception {
        assertThat(get("/api/settings/default").statusCode()).isEqualTo(404);
        assertThat(get("/reseller-service/default").statusCode()).isEqualTo(404);
    }

    @Test
    void exposes_readiness_and_prometheus_metrics() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, text/plain")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
