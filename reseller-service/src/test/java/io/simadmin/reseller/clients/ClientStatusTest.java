package io.simadmin.reseller.clients;

import org.junit.jupiter.api.Test;

import static io.simadmin.reseller.clients.ClientStatus.ACTIVE;
import static io.simadmin.reseller.clients.ClientStatus.INACTIVE;
import static io.simadmin.reseller.clients.ClientStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

class ClientStatusTest {

    @Test
    void lets_an_active_client_be_paused_or_suspended() {
        assertThat(ACTIVE.allowedNext()).containsExactlyInAnyOrder(INACTIVE, SUSPENDED);
    }

    @Test
    void lets_an_inactive_client_come_back_or_be_suspended() {
        assertThat(INACTIVE.allowedNext()).containsExactlyInAnyOrder(ACTIVE, SUSPENDED);
    }

    @Test
    void lifts_a_suspension_only_by_reactivating() {
        assertThat(SUSPENDED.allowedNext()).containsExactly(ACTIVE);
        assertThat(SUSPENDED.canMoveTo(INACTIVE)).isFalse();
    }

    @Test
    void reads_the_api_value_in_any_case() {
        assertThat(ClientStatus.fromValue(" Suspended ")).contains(SUSPENDED);
        assertThat(ClientStatus.fromValue("deleted")).isEmpty();
    }
}
