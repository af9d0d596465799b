package io.simadmin.gateway.spa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin panel as a browser meets it through the gateway: files of a built panel (written to a temporary folder
 * and served from there instead of the admin-ui jar), client-side routes answered with index.html, and everything
 * that is not the panel's left to the API's own answers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "spring.cloud.config.enabled=false"})
class SpaServingTest {

    static final String INDEX = "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-Ab12Cd34.js\">"
            + "</script></head><body><div id=\"root\"></div></body></html>";
    static final String SCRIPT = "console.log('simadmin');".repeat(50);
    static final Path PANEL = buildPanel();

    @DynamicPropertySource
    static void panel(DynamicPropertyRegistry registry) {
        registry.add("simadmin.gateway.spa.location", () -> PANEL.toUri().toString());
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void answers_a_client_side_route_with_index_html_that_is_never_cached_unvalidated() {
        client.get().uri("/resellers/0199a1b2-0000-7000-8000-000000000001/edit").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .expectHeader().exists("ETag")
                .expectBody(String.class).isEqualTo(INDEX);
    }

    @Test
    void answers_the_root_with_index_html_whatever_the_client_accepts() {
        client.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(INDEX);
    }

    @Test
    void allows_the_panel_its_own_scripts_and_styles_in_the_content_security_policy() {
        client.get().uri("/dashboard").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("style-src 'self'")
                        .contains("connect-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval"))
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().exists("X-Request-Id");
    }

    @Test
    void answers_304_when_the_browser_already_has_this_index_html() {
        String etag = client.get().uri("/users").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        client.get().uri("/clients").accept(MediaType.TEXT_HTML).header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void serves_hashed_assets_for_a_year_without_revalidation() {
        client.get().uri("/assets/index-Ab12Cd34.js").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable")
                .expectHeader().value("Content-Type", type -> assertThat(type).contains("javascript"))
                .expectBody(String.class).isEqualTo(SCRIPT);
    }

    @Test
    void serves_the_precompressed_copy_to_a_browser_that_accepts_gzip() throws Exception {
        // The JDK client, because it never decompresses behind the test's back.
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/assets/index-Ab12Cd34.js"))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gunzip(response.body())).isEqualTo(SCRIPT);
    }

    @Test
    void serves_other_files_of_the_panel_revalidated() {
        client.get().uri("/favicon.svg").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/svg+xml")
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache());
    }

    @Test
    void answers_404_problem_for_a_missing_asset_even_to_a_browser() {
        client.get().uri("/assets/index-Gone0000.js").accept(MediaType.TEXT_HTML, MediaType.ALL).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answers_404_problem_to_a_non_browser_for_a_path_that_is_no_file() {
        client.get().uri("/dashboard").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void never_answers_api_docs_actuator_or_fallback_paths_with_the_panel() {
        client.get().uri("/api/nothing-here").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/v3/api-docs/resellers").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/fallback/reseller-service").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/actuator/health").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("<html"));
    }

    @Test
    void never_answers_a_write_with_the_panel() {
        client.post().uri("/resellers").accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(404, 405))
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("<html"));
    }

    @Test
    void serves_nothing_outside_the_panel_folder() {
        for (String path : new String[] {"/assets/..%2F..%2Fsecret.txt", "/../secret.txt", "/%2e%2e/secret.txt",
                "/assets/../../secret.txt"}) {
            client.get().uri(path).exchange()
                    .expectBody(String.class).value(body -> assertThat(body).doesNotContain("top secret"));
        }
    }

    @Test
    void finds_no_panel_where_there_is_no_index_html() throws IOException {
        Path empty = Files.createTempDirectory("no-panel");

        assertThat(SpaFiles.scan(empty.toUri().toString()).available()).isFalse();
        assertThat(SpaFiles.scan("classpath*:META-INF/no-such-panel/").available()).isFalse();
    }

    private static Path buildPanel() {
        try {
            Path parent = Files.createTempDirectory("simadmin-spa-test");
            // Something a traversal would love to reach, next to (not inside) the served folder.
            Files.writeString(parent.resolve("secret.txt"), "top secret");
            Path root = Files.createDirectories(parent.resolve("panel"));
            Files.writeString(root.resolve("index.html"), INDEX);
            Files.writeString(root.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            Path assets = Files.createDirectories(root.resolve("assets"));
            Files.writeString(assets.resolve("index-Ab12Cd34.js"), SCRIPT);
            Files.write(assets.resolve("index-Ab12Cd34.js.gz"), gzip(SCRIPT));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
