package io.simadmin.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/** Calls auth-service over HTTP as one client address. */
public final class AuthApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, HttpHeaders headers, String body, ResponseCookie refreshCookie) {

        public JsonNode json() {
            return JSON.readTree(body == null ? "null" : body);
        }
    }

    private final RestTestClient http;
    private final String clientAddress;

    AuthApi(int port, String clientAddress) {
        this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        this.clientAddress = clientAddress;
    }

    public Response login(String login, String password, boolean rememberMe) {
        return post("/api/auth/login/", "{\"login\":\"" + login + "\",\"password\":\"" + password
                + "\",\"rememberMe\":" + rememberMe + "}", null);
    }

    public Response post(String path, String json, String bearer) {
        return call(HttpMethod.POST, path, json, bearer, h -> { });
    }

    public Response call(HttpMethod method, String path, String json, String bearer, Consumer<HttpHeaders> headers) {
        return call(method, path, json, bearer, headers, null);
    }

    /** With {@code form} set, sends it as the raw body under whatever content type {@code headers} set. */
    public Response call(HttpMethod method, String path, String json, String bearer, Consumer<HttpHeaders> headers,
                         String form) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(path).headers(h -> {
            h.set("X-Forwarded-For", clientAddress);
            if (bearer != null) {
                h.setBearerAuth(bearer);
            }
            headers.accept(h);
        });
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        } else if (form != null) {
            request.body(form);
        }
        EntityExchangeResult<String> result = request.exchange().returnResult(String.class);
        HttpStatusCode status = result.getStatus();
        ResponseCookie cookie = result.getResponseCookies().getFirst("simadmin_refresh");
        return new Response(status.value(), result.getResponseHeaders(), result.getResponseBody(), cookie);
    }

    public Response withCookie(String path, String refreshToken) {
        return call(HttpMethod.POST, path, null, null, h -> h.add(HttpHeaders.COOKIE, "simadmin_refresh=" + refreshToken));
    }
}
