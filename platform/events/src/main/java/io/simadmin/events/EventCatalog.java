package io.simadmin.events;

import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.order.OrderUpdated;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerCreditAdjusted;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketOpened;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.support.TicketStatusChanged;
import io.simadmin.events.support.TicketUpdated;
import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;

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
            new Entry("support.ticket-opened.v1", TicketOpened.class, Topics.SUPPORT),
            new Entry("support.ticket-updated.v1", TicketUpdated.class, Topics.SUPPORT),
            new Entry("support.ticket-assigned.v1", TicketAssigned.class, Topics.SUPPORT),
            new Entry("support.ticket-replied.v1", TicketReplied.class, Topics.SUPPORT),
            new Entry("support.ticket-status-changed.v1", TicketStatusChanged.class, Topics.SUPPORT),
            new Entry("reseller.registered.v1", ResellerRegistered.class, Topics.RESELLERS),
            new Entry("reseller.updated.v1", ResellerUpdated.class, Topics.RESELLERS),
            new Entry("reseller.status-changed.v1", ResellerStatusChanged.class, Topics.RESELLERS),
            new Entry("reseller.removed.v1", ResellerRemoved.class, Topics.RESELLERS),
            new Entry("reseller.client-added.v1", ResellerClientAdded.class, Topics.RESELLERS),
            new Entry("reseller.client-changed.v1", ResellerClientChanged.class, Topics.RESELLERS),
            new Entry("reseller.credit-reserved.v1", ResellerCreditReserved.class, Topics.RESELLERS),
            new Entry("reseller.credit-rejected.v1", ResellerCreditRejected.class, Topics.RESELLERS),
            new Entry("reseller.credit-released.v1", ResellerCreditReleased.class, Topics.RESELLERS),
            new Entry("reseller.credit-adjusted.v1", ResellerCreditAdjusted.class, Topics.RESELLERS),
            new Entry("order.placed.v1", OrderPlaced.class, Topics.ORDERS),
            new Entry("order.status-changed.v1", OrderStatusChanged.class, Topics.ORDERS),
            new Entry("order.updated.v1", OrderUpdated.class, Topics.ORDERS),
            new Entry("order.delivery-assigned.v1", DeliveryAssigned.class, Topics.ORDERS),
            new Entry("payment.completed.v1", PaymentCompleted.class, Topics.PAYMENTS),
            new Entry("payment.failed.v1", PaymentFailed.class, Topics.PAYMENTS),
            new Entry("payment.refunded.v1", PaymentRefunded.class, Topics.PAYMENTS),
            new Entry("payment.commission-accrued.v1", CommissionAccrued.class, Topics.PAYMENTS),
            new Entry("user.registered.v1", UserRegistered.class, Topics.USERS),
            new Entry("user.updated.v1", UserUpdated.class, Topics.USERS),
            new Entry("user.status-changed.v1", UserStatusChanged.class, Topics.USERS),
            new Entry("user.pii-revealed.v1", UserPiiRevealed.class, Topics.USERS),
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
