package io.simadmin.support.tickets;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventsTest {

    private final UUID user = UUID.randomUUID();
    private final TicketDetails before = new TicketDetails("No network", "Since Monday", TicketPriority.MEDIUM, user, null);

    @Test
    void lists_only_the_fields_that_changed_in_api_names() {
        TicketDetails after = new TicketDetails("No network", "Since Tuesday", TicketPriority.URGENT, null, null);

        assertThat(TicketEvents.changedFields(before, after)).containsExactly("description", "priority", "userId");
    }

    @Test
    void finds_nothing_changed_in_an_identical_edit() {
        assertThat(TicketEvents.changedFields(before,
                new TicketDetails("No network", "Since Monday", TicketPriority.MEDIUM, user, null))).isEmpty();
    }
}
