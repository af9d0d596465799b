package io.simadmin.order;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerClientSnapshot;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserSnapshot;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.simadmin.order.Events.envelope;
import static io.simadmin.order.Events.now;

/**
 * Users, resellers and clients as user-service and reseller-service announce them, fed straight into the
 * projections (the listeners' own path is tested separately), so placement tests have someone to order for.
 */
public final class Parties {

    private final UserProjection users;
    private final ResellerProjection resellers;

    public Parties(UserProjection users, ResellerProjection resellers) {
        this.users = users;
        this.resellers = resellers;
    }

    public UUID user(String fullName, String phone, String status) {
        UUID id = UuidV7.next();
        users.handle(envelope(new UserRegistered(id, userSnapshot(fullName, phone, status), Actor.system(), now())));
        return id;
    }

    public UUID activeUser() {
        return user("Ada Buyer", "+254 700 000001", "active");
    }

    public void blockUser(UUID id) {
        users.handle(envelope(new UserStatusChanged(id, "Ada Buyer", "active", "blocked", "fraud", Actor.system(),
                now())));
    }

    public UUID reseller(String status) {
        UUID id = UuidV7.next();
        resellers.handle(envelope(new ResellerRegistered(id, resellerSnapshot(status), Actor.system(), now())));
        return id;
    }

    public void resellerStatus(UUID id, String from, String to) {
        resellers.handle(envelope(new ResellerStatusChanged(id, "Credit Ltd", from, to, null, Actor.system(), now())));
    }

    public void removeReseller(UUID id) {
        resellers.handle(envelope(new ResellerRemoved(id, "Credit Ltd", false, Actor.system(), now())));
    }

    public UUID client(UUID resellerId, String name, String phone, String status) {
        UUID id = UuidV7.next();
        resellers.handle(envelope(new ResellerClientAdded(id, resellerId, clientSnapshot(name, phone, status),
                Actor.system(), now())));
        return id;
    }

    public UUID activeClient(UUID resellerId) {
        return client(resellerId, "Grace Client", "+49 30 1234567", "active");
    }

    public void clientStatus(UUID id, UUID resellerId, String status) {
        resellers.handle(envelope(new ResellerClientChanged(id, resellerId,
                clientSnapshot("Grace Client", "+49 30 1234567", status), List.of("status"), "active", null,
                Actor.system(), now())));
    }

    public static UserSnapshot userSnapshot(String fullName, String phone, String status) {
        return new UserSnapshot(fullName, "buyer-" + UUID.randomUUID() + "@example.test", phone, "Nairobi", "",
                "00100", "KE", status, null, null);
    }

    public static ResellerSnapshot resellerSnapshot(String status) {
        return new ResellerSnapshot("Credit Ltd", "Ada Lovelace", "credit-" + UUID.randomUUID() + "@example.test",
                "+44 20 7946 0958", "London", "", "GB", status, new BigDecimal("1000.00"), new BigDecimal("5.00"));
    }

    public static ResellerClientSnapshot clientSnapshot(String name, String phone, String status) {
        return new ResellerClientSnapshot(name, "client-" + UUID.randomUUID() + "@example.test", phone, "prepaid-30",
                status, new BigDecimal("0.00"));
    }
}
