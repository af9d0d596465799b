package io.simadmin.security.firewall;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FirewallCharactersTest {

    // Spring Security's StrictHttpFirewall expressions, which the loops replace.
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void judges_every_code_point_as_the_firewalls_expressions_do() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "z";
            assertThat(FirewallCharacters.isAllowedName(text)).as("name with U+%04X", codePoint)
                    .isEqualTo(NAME.matcher(text).matches());
            assertThat(FirewallCharacters.isAllowedHeaderValue(text)).as("header value with U+%04X", codePoint)
                    .isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }

    @Test
    void accepts_a_bearer_token_and_rejects_control_and_unassigned_characters() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl-_~+/=";
        assertThat(FirewallCharacters.isAllowedHeaderValue(token)).isTrue();
        assertThat(FirewallCharacters.isAllowedHeaderValue("a\tb")).isTrue();
        assertThat(FirewallCharacters.isAllowedName("a\tb")).isFalse();
        assertThat(FirewallCharacters.isAllowedHeaderValue("evil\r\nSet-Cookie: x=1")).isFalse();
        assertThat(FirewallCharacters.isAllowedHeaderValue("caf\u00e9 \ud83d\ude00")).isTrue();
        assertThat(FirewallCharacters.isAllowedHeaderValue("\u0378")).isFalse();
        assertThat(FirewallCharacters.isAllowedHeaderValue("")).isTrue();
    }
}
