package io.simadmin.auth;

import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRepository;
import io.simadmin.auth.admins.AdminRole;
import io.simadmin.auth.passwords.PasswordHasher;
import io.simadmin.embedded.SmtpSink;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every auth-service integration test: the whole service on the shared PostgreSQL and Kafka, with a real SMTP sink
 * for the emails and a key-encryption key made up for this JVM. All classes share one Spring context.
 */
@IntegrationTest
public abstract class AuthIntegrationTestBase {

    public static final String PASSWORD = "Correct-Horse-Battery-42";

    protected static final SmtpSink SMTP = SmtpSink.start(0);
    private static final String KEY_ENCRYPTION_KEY = newKey();

    @DynamicPropertySource
    static void authProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("simadmin.auth.key-encryption-key", () -> KEY_ENCRYPTION_KEY);
        registry.add("simadmin.auth.public-url", () -> "http://admin.test");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected AdminRepository admins;

    @Autowired
    protected PasswordHasher hasher;

    protected AuthApi api;

    @BeforeEach
    void connect() {
        // Each test comes from its own address, so the per-address rate limit of one test never hits another.
        api = new AuthApi(port, "10." + rnd() + "." + rnd() + "." + rnd());
    }

    /** An active admin with {@link #PASSWORD}, stored directly. */
    protected Admin newAdmin(AdminRole role) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Admin admin = new Admin(UuidV7.next(), "adm-" + unique + "@example.org", "adm_" + unique, "Ada", "Lovelace",
                role, hasher.hash(PASSWORD), Instant.now());
        return admins.saveAndFlush(admin);
    }

    protected String tokenOf(Admin admin) {
        return api.login(admin.email(), PASSWORD, false).json().get("accessToken").asString();
    }

    private static int rnd() {
        return ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
