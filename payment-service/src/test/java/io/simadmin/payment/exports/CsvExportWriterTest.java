package io.simadmin.payment.exports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportWriterTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_get_an_apostrophe() {
        assertThat(CsvExportWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExportWriter.cell("+441234")).isEqualTo("'+441234");
        assertThat(CsvExportWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvExportWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExportWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExportWriter.cell("TXN-2026-000001")).isEqualTo("TXN-2026-000001");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says() {
        assertThat(CsvExportWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExportWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExportWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExportWriter.cell("")).isEmpty();
    }
}
