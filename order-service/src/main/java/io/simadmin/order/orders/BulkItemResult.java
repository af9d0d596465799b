package io.simadmin.order.orders;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * What a bulk action did to one order: {@code ok} with the order's status and version afterwards, or {@code error}
 * with the HTTP status and detail the single-order endpoint would have answered (404, 409 with the allowed moves, …).
 */
public record BulkItemResult(UUID id, @Schema(allowableValues = {"ok", "error"}) String outcome, int status,
                             String detail, String orderNumber, OrderStatus orderStatus, Long version) {

    public static final String OK = "ok";
    public static final String ERROR = "error";

    static BulkItemResult ok(SimOrder order) {
        return new BulkItemResult(order.id(), OK, 200, null, order.orderNumber(), order.status(), order.version());
    }

    static BulkItemResult error(UUID id, int status, String detail) {
        return new BulkItemResult(id, ERROR, status, detail, null, null, null);
    }
}
