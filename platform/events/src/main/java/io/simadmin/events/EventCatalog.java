package io.simadmin.events;

import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the suite: its versioned name, its record and its topic. A new event is one line
 * here; a changed meaning is a new version, never an edit of an old one.
 */
public final class EventCatalog {

    public record Entry(String type, Class<? extends DomainEvent> eventClass, String topic) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("reseller.registered.v1", ResellerRegistered.class, Topics.RESELLERS),
            new Entry("reseller.updated.v1", ResellerUpdated.class, Topics.RESELLERS),
            new Entry("reseller.status-changed.v1", ResellerStatusChanged.class, Topics.RESELLERS),
            new Entry("reseller.removed.v1", ResellerRemoved.class, Topics.RESELLERS),
            new Entry("auth.admin-logged-in.v1", AdminLoggedIn.class, Topics.AUTH),
            new Entry("auth.login-failed.v1", LoginFailed.class, Topics.AUTH),
            new Entry("auth.password-reset-requested.v1", PasswordResetRequested.class, Topics.AUTH),
            new Entry("auth.admin-changed.v1", AdminChanged.class, Topics.AUTH));

    private static final Map<String, Entry> BY_TYPE =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));
    private static final Map<Class<? extends DomainEvent>, Entry> BY_CLASS =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::eventClass, Function.identity()));

    private EventCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry of(Class<? extends DomainEvent> eventClass) {
        Entry entry = BY_CLASS.get(eventClass);
        if (entry == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalog");
        }
        return entry;
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static String topicOf(String type) {
        return byType(type).map(Entry::topic)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
    }
}
