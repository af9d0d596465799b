package io.simadmin.user.pii;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdDocumentMaskTest {

    @Test
    void shows_the_last_four_characters_behind_bullets() {
        assertThat(IdDocumentMask.masked(IdDocumentMask.hint("P1234567"))).isEqualTo("••••4567");
    }

    @Test
    void never_shows_more_than_half_of_a_short_number() {
        assertThat(IdDocumentMask.hint("ABCDEF")).isEqualTo("DEF");
        assertThat(IdDocumentMask.hint("ABCD")).isEqualTo("CD");
    }
}
