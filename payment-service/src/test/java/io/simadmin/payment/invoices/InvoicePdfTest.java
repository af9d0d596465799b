package io.simadmin.payment.invoices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicePdfTest {

    @Test
    void characters_the_standard_fonts_cannot_show_become_question_marks() {
        assertThat(InvoicePdf.safe("Café Müller")).isEqualTo("Café Müller");
        assertThat(InvoicePdf.safe("東京 SIM")).isEqualTo("?? SIM");
        assertThat(InvoicePdf.safe(null)).isEmpty();
    }

    @Test
    void the_brand_colour_is_read_from_hex_and_a_bad_one_falls_back() {
        assertThat(InvoicePdf.rgb("#FF8000")).containsExactly(1f, 128 / 255f, 0f);
        assertThat(InvoicePdf.rgb("orange")).containsExactly(0x1E / 255f, 0x40 / 255f, 0xAF / 255f);
    }
}
