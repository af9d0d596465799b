package io.simadmin.payment.exports;

import io.simadmin.payment.transactions.TransactionResponse;

import java.io.IOException;

/** Writes rows as they come; nothing but the current row is held. */
interface ExportWriter {

    void header() throws IOException;

    void row(TransactionResponse transaction) throws IOException;

    void finish() throws IOException;
}
