package io.simadmin.reseller.clients;

import io.simadmin.reseller.resellers.ResellerRecords;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** A reseller with clients has history: deleting it keeps the row (ADR 0005). */
@Component
class ClientRecords implements ResellerRecords {

    private final ClientRepository clients;

    ClientRecords(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public boolean referTo(UUID resellerId) {
        return clients.existsByResellerId(resellerId);
    }
}
