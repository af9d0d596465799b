package io.simadmin.reseller.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A client as the API shows it. {@code currentUsage} is what the client ordered in {@code usageMonth} (the current
 * month, UTC); {@code monthlyLimit} 0 means it has no limit of its own. {@code version} goes back in PUT/PATCH (or
 * as If-Match) to guard against lost updates.
 */
public record ClientResponse(UUID id, UUID resellerId, String clientName, String clientEmail, String clientPhone,
                             String planType, ClientStatus status, BigDecimal monthlyLimit, BigDecimal currentUsage,
                             String usageMonth, String createdBy, Instant createdAt, Instant updatedAt,
                             long version) {

    static ClientResponse of(ResellerClient client, YearMonth month) {
        ClientDetails d = client.details();
        return new ClientResponse(client.id(), client.resellerId(), d.clientName(), d.clientEmail(), d.clientPhone(),
                d.planType(), client.status(), d.monthlyLimit(), client.usageIn(month), month.toString(),
                client.createdBy(), client.createdAt(), client.updatedAt(), client.version());
    }
}
