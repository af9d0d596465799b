package io.simadmin.security.sample;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The switch for a local run before auth-service exists: no token needed, no issuer needed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "simadmin.security.enabled=false")
class SecurityOffTest {

    @LocalServerPort
    int port;

    @Test
    void permits_everything_without_a_token() {
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        http.post().uri("/api/things").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.type").isEqualTo("admin");
        http.get().uri("/api/keys").exchange().expectStatus().isOk();
    }
}
