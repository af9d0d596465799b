package io.simadmin.analytics.ingest;

import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;

import java.util.UUID;

/**
 * Feed lines about public users: "User Jane Doe registered". Only field names ever appear, never personal values:
 * a revealed ID document reads "User Jane Doe's ID document viewed by admin 42", without the number.
 */
final class UserActivities {

    static final String SUBJECT_TYPE = "user";

    private UserActivities() {
    }

    static String describe(UserRegistered event) {
        return user(event.user() == null ? null : event.user().fullName(), event.userId()) + " registered";
    }

    static String describe(UserUpdated event) {
        String fields = Activities.fieldList(event.changedFields());
        return user(event.user().fullName(), event.userId()) + " updated" + (fields.isEmpty() ? "" : ": " + fields);
    }

    static String describe(UserStatusChanged event) {
        String status = Activities.lower(event.status());
        String previous = Activities.lower(event.previousStatus());
        String what = switch (status) {
            case "active" -> switch (previous) {
                case "blocked" -> "unblocked";
                case "pending_verification" -> "verified";
                default -> "activated";
            };
            case "blocked" -> "blocked";
            case "pending_verification" -> "set to pending verification";
            default -> "status changed" + (previous.isEmpty() ? "" : " from " + Activities.words(previous))
                    + " to " + Activities.words(status);
        };
        return user(event.fullName(), event.userId()) + " " + what + Activities.because(event.reason());
    }

    /** @param fullName the user's name as analytics knows it, or null (then the id is shown) */
    static String describe(UserPiiRevealed event, String fullName) {
        return user(fullName, event.userId()) + "'s " + Activities.words(event.field()) + " viewed by "
                + Activities.byWhom(event.actor());
    }

    private static String user(String fullName, UUID id) {
        return Activities.named("User", fullName, id);
    }
}
