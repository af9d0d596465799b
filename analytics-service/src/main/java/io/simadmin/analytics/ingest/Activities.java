package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityEntry;
import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.messaging.consumer.MalformedEventException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** What every kind of activity line shares: who, when, about what, and the words for field names and money. */
final class Activities {

    private Activities() {
    }

    static ActivityEntry entry(EventEnvelope event, Actor actor, String subjectType, Object subjectId,
                               String description) {
        // An event without an actor was caused by the suite itself (a saga step, an import).
        Actor who = actor == null ? Actor.system() : actor;
        return new ActivityEntry(event.id(), who.type(), who.id(), action(event.type()), description, subjectType,
                subjectId == null ? null : subjectId.toString(), who.ipAddress(), who.userAgent(), occurredAt(event));
    }

    /** The event type without its version: {@code reseller.status-changed.v1} → {@code reseller.status-changed}. */
    static String action(String eventType) {
        return eventType.replaceFirst("\\.v\\d+$", "");
    }

    /** When it happened; the envelope's time stands in for a payload that left it out. */
    static Instant occurredAt(EventEnvelope event) {
        Instant at = event.payload().occurredAt();
        return at != null ? at : event.time();
    }

    /** {@code businessName} → {@code business name}: the API's field names as words. */
    static String words(String fieldName) {
        if (fieldName == null) {
            return "";
        }
        if (fieldName.startsWith("idDocument")) {
            // "id document number" reads like a typo; people write "ID document".
            String rest = words(fieldName.substring("idDocument".length()));
            return rest.isEmpty() ? "ID document" : "ID document " + rest;
        }
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String fieldList(List<String> fields) {
        return fields == null ? "" : fields.stream().map(Activities::words).collect(Collectors.joining(", "));
    }

    static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** ": reason" when there is one, else nothing, so a sentence ends at its verb. */
    static String because(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        return trimmed.isEmpty() ? "" : ": " + trimmed;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "?" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String named(String kind, String name, UUID id) {
        return kind + " " + (name == null || name.isBlank() ? String.valueOf(id) : name.strip());
    }

    static String byWhom(Actor actor) {
        if (actor == null || Actor.SYSTEM.equals(actor.type())) {
            return "the system";
        }
        String type = words(actor.type());
        if (actor.id() == null) {
            return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
        }
        return type + " " + actor.id();
    }

    /** An event about no record can never be applied; retrying it would only delay the events behind it. */
    static UUID required(EventEnvelope event, UUID id, String what) {
        if (id == null) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") names no " + what, null);
        }
        return id;
    }

    static <T> T snapshot(EventEnvelope event, T snapshot, String what) {
        if (snapshot == null) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") carries no " + what, null);
        }
        return snapshot;
    }
}
