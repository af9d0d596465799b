package io.simadmin.reseller.resellers;

import org.junit.jupiter.api.Test;

import static io.simadmin.reseller.resellers.ResellerStatus.ACTIVE;
import static io.simadmin.reseller.resellers.ResellerStatus.PENDING;
import static io.simadmin.reseller.resellers.ResellerStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

class ResellerStatusTest {

    @Test
    void a_pending_reseller_may_be_activated_or_suspended() {
        assertThat(PENDING.allowedNext()).containsExactlyInAnyOrder(ACTIVE, SUSPENDED);
    }

    @Test
    void rejects_status_change_from_active_to_pending() {
        assertThat(ACTIVE.canMoveTo(PENDING)).isFalse();
        assertThat(SUSPENDED.canMoveTo(PENDING)).isFalse();
    }

    @Test
    void suspension_and_reactivation_are_reversible() {
        assertThat(ACTIVE.canMoveTo(SUSPENDED)).isTrue();
        assertThat(SUSPENDED.canMoveTo(ACTIVE)).isTrue();
    }

    @Test
    void parses_api_values_case_insensitively_and_rejects_others() {
        assertThat(ResellerStatus.fromValue(" Active ")).contains(ACTIVE);
        assertThat(ResellerStatus.fromValue("archived")).isEmpty();
    }
}
