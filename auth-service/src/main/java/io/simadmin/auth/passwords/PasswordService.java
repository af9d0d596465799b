package io.simadmin.auth.passwords;

import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminEvents;
import io.simadmin.auth.admins.AdminRepository;
import io.simadmin.auth.tokens.RefreshTokens;
import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Changing, resetting and (for invited admins) first setting a password. Each ends other sessions. */
@Service
public class PasswordService {

    private final AdminRepository admins;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PasswordLinks links;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final Clock clock;

    public PasswordService(AdminRepository admins, PasswordHasher hasher, PasswordPolicy policy, PasswordLinks links,
                           RefreshTokens refreshTokens, Outbox outbox, Clock clock) {
        this.admins = admins;
        this.hasher = hasher;
        this.policy = policy;
        this.links = links;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Keeps the session of {@code currentRefreshToken} (the caller's own) and ends all others. */
    @Transactional
    public void change(UUID adminId, String currentPassword, String newPassword, String currentRefreshToken, Actor actor) {
        Admin admin = admins.findById(adminId).orElseThrow(() -> new IllegalStateException("signed-in admin is gone"));
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, admin.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "is not your current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidRequestException("newPassword", "must differ from the current password");
        }
        policy.check("newPassword", newPassword, admin.email());
        Instant now = clock.instant();
        admin.setPasswordHash(hasher.hash(newPassword), now);
        admins.saveAndFlush(admin);
        refreshTokens.revokeAllOf(admin.id(), refreshTokens.familyOf(currentRefreshToken).orElse(null));
        outbox.append(AdminEvents.changed(admin, AdminEvents.PASSWORD_CHANGED, List.of("password"), actor, now));
    }

    /**
     * Sends a reset link if the email belongs to an admin who may sign in (or an invited one, who gets a fresh
     * invitation link). Unknown emails get the same answer and the same work, and nothing is sent.
     */
    @Transactional
    public void requestReset(String email, Actor actor) {
        Optional<Admin> admin = email == null ? Optional.empty() : admins.findByEmail(email.trim());
        if (admin.isPresent() && admin.get().canSignIn()) {
            links.send(admin.get(), PasswordLinks.Purpose.RESET, actor);
        } else if (admin.isPresent() && admin.get().invitationPending()) {
            links.send(admin.get(), PasswordLinks.Purpose.INVITE, actor);
        } else {
            links.pretendToSend();
        }
    }

    /** Sets the password through a link; an invited admin becomes active. Every session of the admin ends. */
    @Transactional
    public void confirmReset(String token, String newPassword, Actor actor) {
        PasswordLinks.Redeemed redeemed = links.redeem(token).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "invalid-reset-token", "Invalid or expired link",
                "This link was already used, has expired or never existed. Ask for a new one."));
        Admin admin = admins.findById(redeemed.adminId()).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "invalid-reset-token", "Invalid or expired link", "This link belongs to no account any more."));
        // A policy violation throws and rolls back, so the link still works for a better password.
        policy.check("newPassword", newPassword, admin.email());
        Instant now = clock.instant();
        admin.setPasswordHash(hasher.hash(newPassword), now);
        if (redeemed.purpose() == PasswordLinks.Purpose.INVITE && !admin.active()) {
            admin.setActive(true, now);
        }
        admins.saveAndFlush(admin);
        refreshTokens.revokeAllOf(admin.id(), null);
        outbox.append(AdminEvents.changed(admin, AdminEvents.PASSWORD_SET,
                redeemed.purpose() == PasswordLinks.Purpose.INVITE ? List.of("password", "active") : List.of("password"),
                actor, now));
    }
}
