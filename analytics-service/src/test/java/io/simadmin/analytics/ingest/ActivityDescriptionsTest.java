package io.simadmin.analytics.ingest;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerClientSnapshot;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;
import io.simadmin.events.user.UserSnapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityDescriptionsTest {

    private static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000001");
    private static final UUID RESELLER = UUID.fromString("01900000-0000-7000-8000-000000000002");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    private static final Actor ADMIN = new Actor(Actor.ADMIN, "42", "203.0.113.7", "Mozilla/5.0");

    @Test
    void user_status_moves_read_as_people_say_them() {
        assertThat(UserActivities.describe(userStatus("pending_verification", "active", null)))
                .isEqualTo("User Jane Doe verified");
        assertThat(UserActivities.describe(userStatus("blocked", "active", "appeal accepted")))
                .isEqualTo("User Jane Doe unblocked: appeal accepted");
        assertThat(UserActivities.describe(userStatus("active", "blocked", " ")))
                .isEqualTo("User Jane Doe blocked");
    }

    @Test
    void a_user_update_names_fields_never_values() {
        UserSnapshot snapshot = new UserSnapshot("Jane Doe", "jane@example.test", "+15550100", "Austin", "TX",
                "73301", "US", "active", null, null);
        String line = UserActivities.describe(new UserUpdated(ID, snapshot, List.of("email", "idDocumentNumber",
                "dateOfBirth"), ADMIN, AT));

        assertThat(line).isEqualTo("User Jane Doe updated: email, ID document number, date of birth")
                .doesNotContain("jane@example.test");
    }

    @Test
    void a_revealed_id_document_names_who_read_it() {
        assertThat(UserActivities.describe(new UserPiiRevealed(ID, "idDocumentNumber", ADMIN, AT), "Jane Doe"))
                .isEqualTo("User Jane Doe's ID document number viewed by admin 42");
        assertThat(UserActivities.describe(new UserPiiRevealed(ID, "idDocumentNumber", ADMIN, AT), null))
                .isEqualTo("User " + ID + "'s ID document number viewed by admin 42");
    }

    @Test
    void client_lines_name_the_client_and_its_reseller() {
        assertThat(ClientActivities.describe(new ResellerClientAdded(ID, RESELLER, client("active"), ADMIN, AT),
                "Star SIM")).isEqualTo("Client Acme Mobile of Reseller Star SIM added");
        assertThat(ClientActivities.describe(new ResellerClientChanged(ID, RESELLER, client("inactive"),
                List.of("status"), "active", null, ADMIN, AT), null))
                .isEqualTo("Client Acme Mobile of Reseller " + RESELLER + " deactivated");
        assertThat(ClientActivities.describe(new ResellerClientChanged(ID, RESELLER, client("active"),
                List.of("status"), "suspended", "paid", ADMIN, AT), "Star SIM"))
                .isEqualTo("Client Acme Mobile of Reseller Star SIM reactivated: paid");
    }

    @Test
    void credit_lines_give_the_amount_and_the_order() {
        assertThat(CreditActivities.describe(new ResellerCreditReserved(RESELLER, ID, "ORD-2026-000123", null,
                new BigDecimal("30"), new BigDecimal("130.00"), new BigDecimal("1000.00"), null, AT), "Star SIM"))
                .isEqualTo("Credit of 30.00 reserved for order ORD-2026-000123 of Reseller Star SIM");
        assertThat(CreditActivities.describe(new ResellerCreditRejected(null, ID, "ORD-2026-000124", null,
                new BigDecimal("30.00"), ResellerCreditRejected.RESELLER_NOT_FOUND, null, null, AT), null))
                .isEqualTo("Credit of 30.00 refused for order ORD-2026-000124: reseller not found");
    }

    @Test
    void an_internal_note_never_carries_text_and_an_unassignment_reads_so() {
        assertThat(TicketActivities.describe(new TicketReplied(ID, "TCK-2026-000042", UUID.randomUUID(), "admin",
                "7", true, "should never appear", null, null, ADMIN, AT)))
                .isEqualTo("Internal note added to ticket TCK-2026-000042 by admin 7");
        assertThat(TicketActivities.describe(new TicketAssigned(ID, "TCK-2026-000042", UUID.randomUUID(), null,
                ADMIN, AT))).isEqualTo("Ticket TCK-2026-000042 unassigned");
    }

    private static UserStatusChanged userStatus(String from, String to, String reason) {
        return new UserStatusChanged(ID, "Jane Doe", from, to, reason, ADMIN, AT);
    }

    private static ResellerClientSnapshot client(String status) {
        return new ResellerClientSnapshot("Acme Mobile", "ops@acme.test", "+15550100", "prepaid", status,
                BigDecimal.ZERO);
    }
}
