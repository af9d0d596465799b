package io.simadmin.events;

import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private static final UUID ID = UUID.fromString("01936d5e-0000-7000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123Z");

    private final ResellerRegistered registered = new ResellerRegistered(ID,
            new ResellerSnapshot("Acme SIM", "Ada Lovelace", "ada@acme.test", "+441234567890", "London", "",
                    "GB", "pending", new BigDecimal("1000.00"), new BigDecimal("7.50")),
            new Actor(Actor.ADMIN, "42", "203.0.113.9", "curl/8"), AT);

    @Test
    void round_trips_an_event_through_its_catalog_type() {
        String json = EventJson.write(registered);

        DomainEvent read = EventJson.read("reseller.registered.v1", json);

        assertThat(read).isEqualTo(registered);
    }

    @Test
    void writes_money_as_decimal_strings_and_instants_as_iso_8601() {
        String json = EventJson.write(registered);

        assertThat(json).contains("\"creditLimit\":\"1000.00\"", "\"commissionRate\":\"7.50\"",
                "\"occurredAt\":\"2026-11-25T10:15:30.123Z\"");
    }

    @Test
    void ignores_fields_added_by_a_newer_producer() {
        String json = """
                {"resellerId":"%s","businessName":"Acme","previousStatus":"pending","status":"active",
                 "reason":null,"actor":{"type":"system"},"occurredAt":"2026-11-25T10:15:30Z","addedLater":1}
                """.formatted(ID);

        DomainEvent read = EventJson.read("reseller.status-changed.v1", json);

        assertThat(read).isInstanceOf(ResellerStatusChanged.class);
        assertThat(((ResellerStatusChanged) read).status()).isEqualTo("active");
    }

    @Test
    void rejects_an_unknown_event_type() {
        assertThatThrownBy(() -> EventJson.read("reseller.teleported.v1", "{}"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("reseller.teleported.v1");
    }

    @Test
    void uses_the_aggregate_id_as_subject_and_key() {
        assertThat(registered.aggregateId()).isEqualTo(ID.toString());
    }
}
