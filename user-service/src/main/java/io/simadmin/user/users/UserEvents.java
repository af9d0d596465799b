package io.simadmin.user.users;

import io.simadmin.events.Actor;
import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserSnapshot;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the events that tell the suite what happened to a user. None carries the ID document number. */
final class UserEvents {

    static final String ID_DOCUMENT_NUMBER = "idDocumentNumber";

    private UserEvents() {
    }

    static UserRegistered registered(PublicUser user, Actor actor, Instant at) {
        return new UserRegistered(user.id(), snapshot(user), actor, at);
    }

    static UserUpdated updated(PublicUser user, List<String> changedFields, Actor actor, Instant at) {
        return new UserUpdated(user.id(), snapshot(user), changedFields, actor, at);
    }

    static UserStatusChanged statusChanged(PublicUser user, UserStatus previous, String reason, Actor actor,
                                           Instant at) {
        return new UserStatusChanged(user.id(), user.details().fullName(), previous.value(), user.status().value(),
                reason, actor, at);
    }

    static UserPiiRevealed idDocumentRevealed(PublicUser user, Actor actor, Instant at) {
        return new UserPiiRevealed(user.id(), ID_DOCUMENT_NUMBER, actor, at);
    }

    /** The API names of the fields whose values differ, in a stable order. */
    static List<String> changedFields(UserDetails before, UserDetails after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "fullName", before.fullName(), after.fullName());
        compare(changed, "email", before.email(), after.email());
        compare(changed, "phone", before.phone(), after.phone());
        compare(changed, "address", before.address(), after.address());
        compare(changed, "city", before.city(), after.city());
        compare(changed, "state", before.state(), after.state());
        compare(changed, "postalCode", before.postalCode(), after.postalCode());
        compare(changed, "country", before.country(), after.country());
        compare(changed, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        compare(changed, "idDocumentType", before.idDocumentType(), after.idDocumentType());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    private static UserSnapshot snapshot(PublicUser user) {
        UserDetails d = user.details();
        return new UserSnapshot(d.fullName(), d.email(), d.phone(), d.city(), d.state(), d.postalCode(),
                d.country(), user.status().value(), user.emailVerifiedAt(), user.phoneVerifiedAt());
    }
}
