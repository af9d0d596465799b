package io.simadmin.gateway.spa;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Which requests the panel answers. The API, the OpenAPI documents, actuator and the breakers' internal fallback
 * forwards are never the panel's, even for a browser that accepts HTML: a typo in an API path must stay a 404
 * problem, and a forward to /fallback/* after a failed API call must stay a 503.
 */
final class SpaRequests {

    private static final List<String> NOT_THE_PANEL = List.of("/api", "/v3", "/actuator", "/fallback");

    private SpaRequests() {
    }

    static boolean isRead(ServerRequest request) {
        return request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
    }

    static boolean isPanelPath(String path) {
        for (String prefix : NOT_THE_PANEL) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A browser navigating to a client-side route names text/html explicitly; scripts, images and API clients
     * (which send {@code *}/{@code *} or JSON) get a 404 for a path that is no file, never index.html in disguise.
     */
    static boolean acceptsHtml(ServerRequest request) {
        return request.headers().accept().stream()
                .anyMatch(type -> MediaType.TEXT_HTML.getType().equals(type.getType())
                        && MediaType.TEXT_HTML.getSubtype().equals(type.getSubtype()));
    }

    static boolean acceptsGzip(ServerRequest request) {
        return request.headers().header(HttpHeaders.ACCEPT_ENCODING).stream()
                .anyMatch(value -> value.toLowerCase(java.util.Locale.ROOT).contains("gzip"));
    }

    /** "/assets/a.js" → "assets/a.js"; "/" → "". */
    static String relativePath(ServerRequest request) {
        String path = request.path();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
