package io.simadmin.analytics.support;

import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserSnapshot;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** User events as user-service writes them, for one user. */
public record Users(UUID id, String name) {

    public static Users any(String name) {
        return new Users(UUID.randomUUID(), name);
    }

    public UserRegistered registered(Instant at) {
        return new UserRegistered(id, snapshot("pending_verification"), Resellers.ADMIN, at);
    }

    public UserUpdated updated(String status, Instant at, String... changedFields) {
        return new UserUpdated(id, snapshot(status), List.of(changedFields), Resellers.ADMIN, at);
    }

    public UserStatusChanged statusChanged(String from, String to, String reason, Instant at) {
        return new UserStatusChanged(id, name, from, to, reason, Resellers.ADMIN, at);
    }

    public UserPiiRevealed idDocumentRevealed(Instant at) {
        return new UserPiiRevealed(id, "idDocumentNumber", Resellers.ADMIN, at);
    }

    private UserSnapshot snapshot(String status) {
        return new UserSnapshot(name, "u-" + id + "@example.test", "+15550199", "Lagos", "LA", "100001", "NG",
                status, null, null);
    }
}
