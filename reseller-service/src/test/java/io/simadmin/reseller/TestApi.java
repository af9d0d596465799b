package io.simadmin.reseller;

import io.simadmin.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Sets up resellers and clients through the real API as an admin, for tests of what hangs under them. */
public final class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient admin;

    public TestApi(int port) {
        this.admin = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())).build();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** A reseller with this credit limit, active (or pending) from the start. */
    public UUID reseller(String creditLimit, String status) {
        String body = """
                {"businessName":"Credit Ltd","contactPerson":"Ada Lovelace","email":"%s","phone":"+44 20 7946 0958",
                 "address":"1 Analytical Way","city":"London","state":"","country":"GB",
                 "creditLimit":"%s","commissionRate":"5.00","status":"%s"}"""
                .formatted(uniqueEmail("credit"), creditLimit, status);
        return id(post("/api/resellers", body));
    }

    public UUID activeReseller(String creditLimit) {
        return reseller(creditLimit, "active");
    }

    /** An active client of the reseller; monthlyLimit "0.00" means none of its own. */
    public UUID client(UUID resellerId, String monthlyLimit) {
        return id(post("/api/clients", clientBody(resellerId, "Grace Hopper", uniqueEmail("client"), "prepaid-30",
                monthlyLimit)));
    }

    public static String clientBody(UUID resellerId, String name, String email, String plan, String monthlyLimit) {
        return """
                {%s"clientName":"%s","clientEmail":"%s","clientPhone":"+49 30 1234567","planType":"%s"%s}"""
                .formatted(resellerId == null ? "" : "\"resellerId\":\"" + resellerId + "\",", name, email, plan,
                        monthlyLimit == null ? "" : ",\"monthlyLimit\":\"" + monthlyLimit + "\"");
    }

    public void patch(String path, String body) {
        admin.patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isOk();
    }

    public JsonNode get(String path) {
        return JSON.readTree(new String(admin.get().uri(path).exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody(), StandardCharsets.UTF_8));
    }

    private JsonNode post(String path, String body) {
        return JSON.readTree(new String(admin.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8));
    }

    private static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }
}
