package io.simadmin.auth.admins;

import io.simadmin.auth.AuthProperties;
import io.simadmin.auth.passwords.PasswordHasher;
import io.simadmin.messaging.outbox.UuidV7;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * The demo accounts, one per role, created only when {@code simadmin.auth.demo-admins.password} is set (the
 * launcher passes it) and no admin exists yet. Without the property a fresh install has no admin at all.
 */
@Component
class DemoAdmins implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAdmins.class);

    private final AdminRepository admins;
    private final PasswordHasher hasher;
    private final AuthProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAdmins(AdminRepository admins, PasswordHasher hasher, AuthProperties properties,
               PlatformTransactionManager transactions, Clock clock) {
        this.admins = admins;
        this.hasher = hasher;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = properties.demoAdmins().password();
        if (password == null || password.isBlank()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (admins.count() > 0) {
                return;
            }
            String hash = hasher.hash(password);
            Instant now = clock.instant();
            admins.save(new Admin(UuidV7.next(), "superadmin@example.com", "superadmin", "Super", "Admin",
                    AdminRole.SUPER_ADMIN, hash, now));
            admins.save(new Admin(UuidV7.next(), "admin@example.com", "admin", "Demo", "Admin", AdminRole.ADMIN, hash, now));
            admins.save(new Admin(UuidV7.next(), "moderator@example.com", "moderator", "Demo", "Moderator",
                    AdminRole.MODERATOR, hash, now));
            log.info("demo admins created: superadmin@example.com, admin@example.com, moderator@example.com");
        });
    }
}
