package io.simadmin.analytics.ingest;

import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;

import java.util.Objects;
import java.util.UUID;

/** Feed lines about reseller clients: "Client Acme Mobile of Reseller Star SIM suspended: unpaid". */
final class ClientActivities {

    static final String SUBJECT_TYPE = "client";

    private ClientActivities() {
    }

    /** @param resellerName the reseller's name as analytics knows it, or null (then its id is shown) */
    static String describe(ResellerClientAdded event, String resellerName) {
        return client(event.client() == null ? null : event.client().clientName(), event.clientId(),
                event.resellerId(), resellerName) + " added";
    }

    static String describe(ResellerClientChanged event, String resellerName) {
        String subject = client(event.client().clientName(), event.clientId(), event.resellerId(), resellerName);
        String status = Activities.lower(event.client().status());
        String previous = Activities.lower(event.previousStatus());
        if (!previous.isEmpty() && !Objects.equals(status, previous)) {
            String what = switch (status) {
                case "active" -> "reactivated";
                case "inactive" -> "deactivated";
                case "suspended" -> "suspended";
                default -> "status changed from " + previous + " to " + status;
            };
            return subject + " " + what + Activities.because(event.reason());
        }
        String fields = Activities.fieldList(event.changedFields());
        return subject + " updated" + (fields.isEmpty() ? "" : ": " + fields);
    }

    private static String client(String clientName, UUID clientId, UUID resellerId, String resellerName) {
        return Activities.named("Client", clientName, clientId) + " of " + Activities.named("Reseller", resellerName,
                resellerId);
    }
}
