package io.simadmin.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of one service, checked against the running service: every route Spring MVC maps must be
 * listed (so a new endpoint fails the test until someone decides who may call it), and each kind of caller must
 * be let through or turned away exactly as listed. Routes are written {@code "GET /api/resellers/{id}"}; a route
 * mapped for any method is {@code "ANY /error"}.
 *
 * <pre>{@code
 * RoleMatrix.of(handlerMapping)
 *         .route("GET /api/resellers", RoleMatrix.STAFF)
 *         .route("POST /api/resellers", RoleMatrix.ADMINS, () -> validBody())
 *         .verify(port);
 * }</pre>
 *
 * A denied caller must get 403 (401 when anonymous) as problem+json; an allowed one anything but 401/403. Since
 * request bodies are read and validated before {@code @PreAuthorize} runs, writes need a valid body.
 */
public final class RoleMatrix {

    /** Who calls: no token, one admin-panel role each, or a partner holding every partner scope. */
    public enum Caller {
        ANONYMOUS, SUPER_ADMIN, ADMIN, MODERATOR, PARTNER;

        String token() {
            return switch (this) {
                case ANONYMOUS -> null;
                case SUPER_ADMIN -> TestTokens.superAdmin();
                case ADMIN -> TestTokens.admin();
                case MODERATOR -> TestTokens.moderator();
                case PARTNER -> TestTokens.partner(UUID.randomUUID(), PARTNER_SCOPES);
            };
        }
    }

    /** Scopes a partner may be given (ADR 0006, Settings → API); all of them, so only roles decide. */
    public static final String[] PARTNER_SCOPES = {
            "orders:read", "orders:write", "clients:read", "clients:write", "transactions:read", "tickets:read",
            "tickets:write"};

    public static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);
    public static final Set<Caller> ANY_TOKEN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    public static final Set<Caller> STAFF = EnumSet.of(Caller.SUPER_ADMIN, Caller.ADMIN, Caller.MODERATOR);
    public static final Set<Caller> ADMINS = EnumSet.of(Caller.SUPER_ADMIN, Caller.ADMIN);
    public static final Set<Caller> SUPER_ADMINS = EnumSet.of(Caller.SUPER_ADMIN);

    private record Rule(Set<Caller> allowed, Supplier<String> body) {
    }

    private final Set<String> mapped;
    private final Map<String, Rule> listed = new LinkedHashMap<>();

    private RoleMatrix(Set<String> mapped) {
        this.mapped = mapped;
    }

    /** The routes the service really maps. */
    public static RoleMatrix of(RequestMappingHandlerMapping handlerMapping) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        }
        return new RoleMatrix(routes);
    }

    public RoleMatrix route(String route, Set<Caller> allowed) {
        return route(route, allowed, () -> null);
    }

    /** A route whose request needs a (valid, JSON) body to get as far as the role check. */
    public RoleMatrix route(String route, Set<Caller> allowed, Supplier<String> body) {
        listed.put(route, new Rule(Set.copyOf(allowed), body));
        return this;
    }

    /** Asserts the table covers exactly the mapped routes, then calls each route as each caller. */
    public void verify(int port) {
        Set<String> unlisted = new TreeSet<>(mapped);
        unlisted.removeAll(listed.keySet());
        Set<String> stale = new TreeSet<>(listed.keySet());
        stale.removeAll(mapped);
        assertThat(unlisted).as("routes the service maps but the role matrix does not list: decide who may call "
                + "them and add them to the table").isEmpty();
        assertThat(stale).as("routes listed in the role matrix that the service no longer maps").isEmpty();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> wrong = new ArrayList<>();
        listed.forEach((route, rule) -> {
            for (Caller caller : Caller.values()) {
                int status = call(client, port, route, rule, caller);
                boolean allowed = rule.allowed().contains(caller);
                int refused = caller == Caller.ANONYMOUS ? 401 : 403;
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(route + " as " + caller + ": expected to be allowed, got " + status);
                } else if (!allowed && status != refused) {
                    wrong.add(route + " as " + caller + ": expected " + refused + ", got " + status);
                }
            }
        });
        assertThat(wrong).as("callers let through or turned away against the role matrix").isEmpty();
    }

    private static int call(HttpClient client, int port, String route, Rule rule, Caller caller) {
        int space = route.indexOf(' ');
        String method = route.substring(0, space);
        String path = route.substring(space + 1).replaceAll("\\{\\*?[^}]+}", UUID.randomUUID().toString());
        String body = rule.body().get();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method("ANY".equals(method) ? "GET" : method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        String token = caller.token();
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(route + " as " + caller + " answers a problem").startsWith("application/problem+json");
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(route + " as " + caller + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
