package io.simadmin.payment.exports;

import io.simadmin.payment.transactions.TransactionResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The columns of an export, in order: one definition for CSV and XLSX. */
final class ExportColumns {

    record Column(String header, Function<TransactionResponse, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("transactionNumber", TransactionResponse::transactionNumber),
            new Column("type", t -> t.type().value()),
            new Column("status", t -> t.status().value()),
            new Column("amount", TransactionResponse::amount),
            new Column("currency", TransactionResponse::currency),
            new Column("refundedAmount", TransactionResponse::refundedAmount),
            new Column("paymentMethod", TransactionResponse::paymentMethod),
            new Column("gateway", TransactionResponse::gateway),
            new Column("gatewayTransactionId", TransactionResponse::gatewayTransactionId),
            new Column("orderNumber", TransactionResponse::orderNumber),
            new Column("orderId", TransactionResponse::orderId),
            new Column("userId", TransactionResponse::userId),
            new Column("resellerId", TransactionResponse::resellerId),
            new Column("parentId", TransactionResponse::parentId),
            new Column("reason", TransactionResponse::reason),
            new Column("failureCode", TransactionResponse::failureCode),
            new Column("createdAt", TransactionResponse::createdAt),
            new Column("completedAt", TransactionResponse::completedAt),
            new Column("id", TransactionResponse::id));

    private ExportColumns() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
