package io.simadmin.support.tickets;

import org.junit.jupiter.api.Test;

import static io.simadmin.support.tickets.TicketStatus.CLOSED;
import static io.simadmin.support.tickets.TicketStatus.IN_PROGRESS;
import static io.simadmin.support.tickets.TicketStatus.OPEN;
import static io.simadmin.support.tickets.TicketStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

class TicketStatusTest {

    @Test
    void allows_exactly_the_workflow_moves() {
        assertThat(OPEN.allowedNext()).containsExactly(IN_PROGRESS);
        assertThat(IN_PROGRESS.allowedNext()).containsExactly(RESOLVED);
        assertThat(RESOLVED.allowedNext()).containsExactlyInAnyOrder(CLOSED, OPEN, IN_PROGRESS);
        assertThat(CLOSED.allowedNext()).isEmpty();
    }

    @Test
    void reads_and_writes_the_api_values() {
        assertThat(IN_PROGRESS.value()).isEqualTo("in_progress");
        assertThat(TicketStatus.fromValue(" In_Progress ")).contains(IN_PROGRESS);
        assertThat(TicketStatus.fromValue("pending")).isEmpty();
    }
}
