package io.simadmin.launcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code demo-data}: fills a running suite with a small, believable business through its public API, as an
 * admin would: plans, resellers with clients, app users, orders paid with the sandbox gateway (some declined),
 * orders moved along the workflow, and support tickets. Every screen then has something to show, and every
 * figure on the dashboard comes from the same events real work produces. Runs once per data directory (a marker
 * file remembers it); {@code --again} adds another batch.
 */
final class DemoDataCommand {

    static final String MARKER = "demo-data.done";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CITIES = {"London", "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff"};
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Tim", "Margaret", "Linus", "Barbara",
            "Dennis", "Frances", "Ken", "Radia"};
    private static final String[] LAST = {"Okafor", "Mensah", "Patel", "Nowak", "Silva", "Kowalski", "Haddad",
            "Nakamura", "Byrne", "Larsen"};

    private final DataLayout layout;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261126L);
    private String gateway;
    private String bearer;

    DemoDataCommand(DataLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> options) {
        boolean again = options.contains("--again");
        var marker = layout.dataDir().resolve(MARKER);
        if (Files.exists(marker) && !again) {
            out.println("Demo data is already loaded in " + layout.display(layout.dataDir())
                    + " (./simadmin demo-data --again adds another batch).");
            return 0;
        }
        SuiteState state = SuiteState.read(layout.stateFile())
                .filter(s -> s.phase() == SuiteState.Phase.UP && !s.gatewayUrl().isBlank())
                .orElseThrow(() -> new LauncherException("the suite is not up: start it first (./simadmin start --detach)."));
        String password = new Secrets(layout.secretsFile()).get(DemoCredentials.SECRET_KEY)
                .orElseThrow(() -> new LauncherException("no demo admin password in " + layout.display(layout.secretsFile())));
        gateway = state.gatewayUrl();
        bearer = "Bearer " + post("/api/auth/login/", Map.of("login", "superadmin@example.com", "password", password),
                false).get("accessToken").asString();

        long began = System.nanoTime();
        List<String> plans = step("plans", 4, this::plan);
        List<Reseller> resellers = step("resellers", 8, this::reseller);
        List<Client> clients = new ArrayList<>();
        for (Reseller reseller : resellers) {
            for (int i = 0; i < 3; i++) {
                clients.add(client(reseller));
            }
        }
        out.println("  clients            " + clients.size());
        List<String> users = step("users", 30, this::user);
        int orders = appOrders(plans, users) + resellerOrders(plans, clients);
        out.println("  orders             " + orders + " (sandbox payments, some declined, some moved along)");
        int tickets = tickets(users, resellers);
        out.println("  support tickets    " + tickets);
        try {
            Files.writeString(marker, Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("Demo data loaded in %.1f s: refresh the dashboard.%n", (System.nanoTime() - began) / 1e9);
        return 0;
    }

    private <T> List<T> step(String what, int count, Supplier<T> one) {
        List<T> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(one.get());
        }
        out.printf("  %-18s %d%n", what, count);
        return made;
    }

    private record Reseller(String id, boolean active) {
    }

    private record Client(String id, String resellerId, boolean active) {
    }

    private String plan() {
        String[][] catalog = {{"Starter 5 GB", "9.99", "physical"}, {"Unlimited 30", "29.99", "physical"},
                {"Travel eSIM 10 GB", "19.50", "esim"}, {"Business 50 GB", "45.00", "physical"}};
        String[] plan = catalog[Math.floorMod(random.nextInt(), catalog.length)];
        return post("/api/plans/", Map.of("name", plan[0] + " " + shortId(), "networkProvider",
                random.nextBoolean() ? "Vodafone" : "EE", "simType", plan[2], "price", plan[1], "currency", "USD",
                "active", true)).get("id").asString();
    }

    private Reseller reseller() {
        String status = random.nextInt(8) == 0 ? "suspended" : random.nextInt(8) == 0 ? "pending" : "active";
        String name = LAST[random.nextInt(LAST.length)] + " Mobile " + shortId();
        String id = post("/api/resellers/", Map.ofEntries(Map.entry("businessName", name),
                Map.entry("contactPerson", person()), Map.entry("email", "sales-" + shortId() + "@reseller.example"),
                Map.entry("phone", phone()), Map.entry("address", (1 + random.nextInt(200)) + " High Street"),
                Map.entry("city", city()), Map.entry("country", "GB"), Map.entry("status", status),
                Map.entry("creditLimit", (500 + 250 * random.nextInt(8)) + ".00"),
                Map.entry("commissionRate", (2 + random.nextInt(9)) + ".50"))).get("id").asString();
        return new Reseller(id, status.equals("active"));
    }

    private Client client(Reseller reseller) {
        boolean active = random.nextInt(6) != 0;
        String id = post("/api/clients/", Map.of("resellerId", reseller.id(), "clientName", person(),
                "clientEmail", "client-" + shortId() + "@shop.example", "clientPhone", phone(),
                "planType", random.nextBoolean() ? "Prepaid 30" : "Business 20GB", "monthlyLimit", "300.00",
                "status", active ? "active" : "inactive")).get("id").asString();
        return new Client(id, reseller.id(), active && reseller.active());
    }

    private String user() {
        String id = post("/api/users/", Map.ofEntries(Map.entry("fullName", person()),
                Map.entry("email", "user-" + shortId() + "@mail.example"), Map.entry("phone", phone()),
                Map.entry("address", (1 + random.nextInt(90)) + " Station Road"), Map.entry("city", city()),
                Map.entry("state", "England"), Map.entry("postalCode", "AB1 2CD"), Map.entry("country", "GB"),
                Map.entry("dateOfBirth", (1960 + random.nextInt(40)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)),
                Map.entry("idDocumentType", "passport"), Map.entry("idDocumentNumber", "P" + (1_000_000 + random.nextInt(8_999_999)))))
                .get("id").asString();
        if (random.nextInt(10) == 0) {
            patch("/api/users/" + id + "/status/", Map.of("status", "blocked", "reason", "chargeback under review"));
        }
        return id;
    }

    private int appOrders(List<String> plans, List<String> users) {
        int placed = 0;
        for (String user : users) {
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                String token = random.nextInt(7) == 0 ? "tok_decline" : "tok_visa";
                Optional<String> order = placeOrder(Map.of("orderType", "app_user", "userId", user, "planId",
                        plans.get(random.nextInt(plans.size())), "deliveryAddress", "12 Station Road, " + city(),
                        "paymentMethod", "card", "paymentToken", token));
                if (order.isPresent()) {
                    placed++;
                    if (token.equals("tok_visa")) {
                        advance(order.get());
                    }
                }
            }
        }
        return placed;
    }

    private int resellerOrders(List<String> plans, List<Client> clients) {
        int placed = 0;
        for (Client client : clients) {
            if (!client.active()) {
                continue;
            }
            Optional<String> order = placeOrder(Map.of("orderType", "reseller_client", "resellerId", client.resellerId(),
                    "clientId", client.id(), "planId", plans.get(random.nextInt(plans.size())),
                    "deliveryAddress", "Shop 4, Market Square, " + city(), "paymentMethod", "reseller_credit"));
            if (order.isPresent()) {
                placed++;
                advance(order.get());
            }
        }
        return placed;
    }

    /** Moves a paid order some way along the workflow once the saga confirmed it; some are cancelled. */
    private void advance(String orderId) {
        List<String> path = List.of("dispatched", "delivered", "activated");
        int steps = random.nextInt(path.size() + 2) - 1;
        if (!awaitStatus(orderId, "confirmed")) {
            return;
        }
        if (steps < 0) {
            patch("/api/orders/" + orderId + "/status/", Map.of("status", "cancelled", "reason", "customer changed their mind"));
            return;
        }
        for (int i = 0; i < steps; i++) {
            if (path.get(i).equals("dispatched")) {
                post("/api/orders/" + orderId + "/assign-delivery/", Map.of("courier", random.nextBoolean() ? "DPD" : "Royal Mail",
                        "trackingNumber", "TRK" + (100_000_000 + random.nextInt(899_999_999))));
                JsonNode current = get("/api/orders/" + orderId + "/");
                if (current.get("status").asString().equals("dispatched")) {
                    continue;
                }
            }
            patch("/api/orders/" + orderId + "/status/", Map.of("status", path.get(i)));
        }
    }

    private int tickets(List<String> users, List<Reseller> resellers) {
        String[][] subjects = {{"SIM not activating", "high"}, {"Refund for a damaged SIM", "medium"},
                {"Cannot top up eSIM", "urgent"}, {"Change delivery address", "low"}, {"Invoice copy needed", "low"}};
        int opened = 0;
        for (int i = 0; i < 12; i++) {
            String[] subject = subjects[random.nextInt(subjects.length)];
            Map<String, Object> body = new java.util.HashMap<>(Map.of("subject", subject[0], "description",
                    "Reported by phone; customer waiting for an answer.", "priority", subject[1]));
            if (random.nextBoolean()) {
                body.put("userId", users.get(random.nextInt(users.size())));
            } else {
                body.put("resellerId", resellers.get(random.nextInt(resellers.size())).id());
            }
            String id = post("/api/support/tickets/", body).get("id").asString();
            if (random.nextBoolean()) {
                post("/api/support/tickets/" + id + "/reply/", Map.of("body", "We are looking into it.", "internal", false));
            }
            opened++;
        }
        return opened;
    }

    /** order-service learns users, resellers and clients from events: a moment after they were created. */
    private Optional<String> placeOrder(Map<String, Object> body) {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = send("POST", "/api/orders/", body, true);
            if (response.statusCode() == 201) {
                return Optional.of(read(response).get("id").asString());
            }
            if (response.statusCode() != 422 || attempt == 59) {
                out.println("  (an order was refused: " + response.statusCode() + " " + read(response).path("detail").asString("") + ")");
                return Optional.empty();
            }
            sleep(500);
        }
        return Optional.empty();
    }

    private boolean awaitStatus(String orderId, String status) {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (get("/api/orders/" + orderId + "/").get("status").asString().equals(status)) {
                return true;
            }
            sleep(500);
        }
        return false;
    }

    private JsonNode get(String path) {
        return read(expectOk(send("GET", path, null, false), path));
    }

    private JsonNode post(String path, Map<String, ?> body) {
        return post(path, body, true);
    }

    private JsonNode post(String path, Map<String, ?> body, boolean authorized) {
        return read(expectOk(send("POST", path, body, authorized), path));
    }

    private void patch(String path, Map<String, ?> body) {
        expectOk(send("PATCH", path, body, true), path);
    }

    private HttpResponse<String> send(String method, String path, Map<String, ?> body, boolean idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey && method.equals("POST")) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException("the gateway did not answer " + method + " " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    private static HttpResponse<String> expectOk(HttpResponse<String> response, String path) {
        if (response.statusCode() / 100 != 2) {
            throw new LauncherException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode read(HttpResponse<String> response) {
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private String city() {
        return CITIES[random.nextInt(CITIES.length)];
    }

    private String phone() {
        return "+44 7700 9%05d".formatted(random.nextInt(100_000));
    }

    private String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
