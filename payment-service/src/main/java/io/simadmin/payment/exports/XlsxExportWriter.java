package io.simadmin.payment.exports;

import io.simadmin.payment.transactions.TransactionResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * XLSX through fastexcel's streaming writer: rows are flushed to the zip stream every {@value #FLUSH_EVERY} rows
 * and strings are written inline (no shared-string table growing with the rows), so memory stays flat. A sheet
 * holds at most {@value #ROWS_PER_SHEET} rows; longer exports continue on the next sheet.
 */
final class XlsxExportWriter implements ExportWriter {

    static final int ROWS_PER_SHEET = 1_000_000;
    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private Worksheet sheet;
    private int sheets;
    private int row;

    XlsxExportWriter(OutputStream stream) {
        this.workbook = new Workbook(stream, "simadmin", "1.0");
    }

    @Override
    public void header() throws IOException {
        newSheet();
    }

    @Override
    public void row(TransactionResponse transaction) throws IOException {
        if (row > ROWS_PER_SHEET) {
            sheet.finish();
            newSheet();
        }
        List<ExportColumns.Column> columns = ExportColumns.ALL;
        for (int c = 0; c < columns.size(); c++) {
            Object value = columns.get(c).value().apply(transaction);
            if (value instanceof BigDecimal number) {
                sheet.value(row, c, number);
                sheet.style(row, c).format("0.00").set();
            } else if (value != null) {
                sheet.inlineString(row, c, ExportColumns.text(value));
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.finish();
    }

    private void newSheet() throws IOException {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? "Transactions" : "Transactions " + sheets);
        row = 0;
        List<ExportColumns.Column> columns = ExportColumns.ALL;
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(row, c, columns.get(c).header());
        }
        sheet.style(row, 0).bold().set();
        row++;
    }
}
