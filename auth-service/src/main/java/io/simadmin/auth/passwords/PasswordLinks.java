package io.simadmin.auth.passwords;

import io.simadmin.auth.AuthProperties;
import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.tokens.SecureTokens;
import io.simadmin.events.Actor;
import io.simadmin.events.auth.PasswordResetRequested;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use links to set a password, for a reset or an invitation. Only the SHA-256 of the token is stored; the
 * token itself exists in the email alone.
 */
@Component
public class PasswordLinks {

    public enum Purpose {
        RESET, INVITE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A link that was just used up: whose it was and why it was sent. */
    public record Redeemed(UUID adminId, Purpose purpose) {
    }

    private final PasswordTokenRepository tokens;
    private final PasswordMailer mailer;
    private final Outbox outbox;
    private final AuthProperties properties;
    private final Clock clock;

    public PasswordLinks(PasswordTokenRepository tokens, PasswordMailer mailer, Outbox outbox, AuthProperties properties,
                         Clock clock) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** In the caller's transaction: stores the link, publishes the request, and mails it once that commits. */
    public void send(Admin admin, Purpose purpose, Actor actor) {
        Instant now = clock.instant();
        Duration validFor = purpose == Purpose.INVITE ? properties.inviteTokenTtl() : properties.resetTokenTtl();
        String token = SecureTokens.newSecret();
        tokens.useAllOf(admin.id(), now);
        tokens.insert(UuidV7.next(), admin.id(), SecureTokens.sha256(token), purpose.value(), now, now.plus(validFor));
        outbox.append(new PasswordResetRequested(admin.id(), admin.email(), purpose.value(), now.plus(validFor), actor, now));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mailer.sendLater(admin.id(), admin.email(), admin.firstName(), token, purpose, validFor);
            }
        });
    }

    /** The work a request for an unknown email does instead, so both take the same time. */
    public void pretendToSend() {
        SecureTokens.sha256(SecureTokens.newSecret());
    }

    /** In the caller's transaction: the link's admin, if the token is unused and unexpired; uses every link up. */
    public Optional<Redeemed> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.lockUsable(SecureTokens.sha256(token), now).map(row -> {
            tokens.useAllOf(row.adminId(), now);
            return new Redeemed(row.adminId(), Purpose.valueOf(row.purpose().toUpperCase(Locale.ROOT)));
        });
    }
}
