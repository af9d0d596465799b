package io.simadmin.auth.passwords;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final CommonPasswords common = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(common);

    @Test
    void bundles_about_a_thousand_common_passwords() {
        assertThat(common.size()).isBetween(900, 1100);
    }

    @Test
    void accepts_a_long_uncommon_password() {
        assertThat(policy.problem("Purple-Otter-Umbrella-17", "ada@example.org")).isNull();
    }

    @Test
    void refuses_passwords_shorter_than_12_characters() {
        assertThat(policy.problem("Tr0ub4dor&3", "ada@example.org")).contains("12");
    }

    @Test
    void refuses_passwords_containing_the_email_or_its_local_part_in_any_case() {
        assertThat(policy.problem("my-ADA.LOVELACE-2026", "ada.lovelace@example.org")).contains("email");
        assertThat(policy.problem("xx-ada.lovelace@example.org", "ada.lovelace@example.org")).contains("email");
    }

    @Test
    void refuses_common_passwords_also_with_digits_or_symbols_appended() {
        assertThat(policy.problem("qwertyuiop123", "ada@example.org")).contains("common");
        assertThat(policy.problem("Password2024!", "ada@example.org")).contains("common");
        assertThat(policy.problem("1q2w3e4r5t6y", "ada@example.org")).contains("common");
    }
}
