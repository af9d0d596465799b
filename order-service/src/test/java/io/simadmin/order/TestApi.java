package io.simadmin.order;

import io.simadmin.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Plans and orders through the real API, as an admin unless a test asks for another caller. */
public final class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final RestTestClient admin;

    public TestApi(int port) {
        this.port = port;
        this.admin = as(TestTokens.admin());
    }

    public RestTestClient admin() {
        return admin;
    }

    public RestTestClient as(String token) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String planBody(String name, String simType, String price, Boolean active) {
        return """
                {"name":"%s","networkProvider":"Safaricom","simType":"%s","price":"%s","currency":"USD"%s,
                 "description":"30 days, 10 GB"}"""
                .formatted(name, simType, price, active == null ? "" : ",\"active\":" + active);
    }

    public UUID plan(String simType, String price) {
        return id(post("/api/plans", planBody(unique("Plan"), simType, price, null)));
    }

    public UUID physicalPlan() {
        return plan("physical", "20.00");
    }

    public static String appOrder(UUID planId, UUID userId, String address) {
        return """
                {"orderType":"app_user","planId":"%s","userId":"%s","deliveryAddress":"%s"}"""
                .formatted(planId, userId, address);
    }

    public static String resellerOrder(UUID planId, UUID resellerId, UUID clientId, String address) {
        return """
                {"orderType":"reseller_client","planId":"%s","resellerId":"%s","clientId":"%s","deliveryAddress":"%s"}"""
                .formatted(planId, resellerId, clientId, address);
    }

    public JsonNode placeOrder(String body) {
        return post("/api/orders", body);
    }

    public UUID placeAppOrder(UUID planId, UUID userId) {
        return id(placeOrder(appOrder(planId, userId, unique("1 Market Street"))));
    }

    public JsonNode get(String path) {
        return read(admin.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody());
    }

    public JsonNode post(String path, String body) {
        return read(admin.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody());
    }

    public JsonNode moveTo(UUID orderId, String status) {
        return read(admin.patch().uri("/api/orders/" + orderId + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"" + status + "\"}").exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody());
    }

    public static JsonNode read(byte[] body) {
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    public static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }
}
