package io.simadmin.user.users;

import org.junit.jupiter.api.Test;

import static io.simadmin.user.users.UserStatus.ACTIVE;
import static io.simadmin.user.users.UserStatus.BLOCKED;
import static io.simadmin.user.users.UserStatus.PENDING_VERIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

class UserStatusTest {

    @Test
    void follows_the_verification_workflow() {
        assertThat(PENDING_VERIFICATION.allowedNext()).containsExactlyInAnyOrder(ACTIVE, BLOCKED);
        assertThat(ACTIVE.allowedNext()).containsExactly(BLOCKED);
        assertThat(BLOCKED.allowedNext()).containsExactly(ACTIVE);
    }

    @Test
    void parses_api_values_in_any_case() {
        assertThat(UserStatus.fromValue(" Pending_Verification ")).contains(PENDING_VERIFICATION);
        assertThat(UserStatus.fromValue("deleted")).isEmpty();
    }
}
