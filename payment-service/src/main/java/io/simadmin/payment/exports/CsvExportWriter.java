package io.simadmin.payment.exports;

import io.simadmin.payment.transactions.TransactionResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV (UTF-8 with a byte order mark, which spreadsheets need to read UTF-8). A cell that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe (OWASP "CSV
 * injection"): a reason typed by an admin must never execute on another admin's machine.
 */
final class CsvExportWriter implements ExportWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Writer out;
    private int rows;

    CsvExportWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void header() throws IOException {
        out.write('\uFEFF');
        line(ExportColumns.ALL.stream().map(ExportColumns.Column::header).toList());
    }

    @Override
    public void row(TransactionResponse transaction) throws IOException {
        line(ExportColumns.ALL.stream().map(c -> ExportColumns.text(c.value().apply(transaction))).toList());
        if (++rows % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(java.util.List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
