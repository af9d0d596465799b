package io.simadmin.order.orders;

import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * 422: the request is well formed but the order cannot be placed as asked (unknown plan, user, reseller or client;
 * an inactive plan; a blocked user; a reseller that is not active). Nothing is stored and nothing is published.
 */
class OrderRejectedException extends ApiException {

    OrderRejectedException(String field, String message, String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "order-not-placeable", "Order cannot be placed", detail,
                Map.of("errors", List.of(new FieldProblem(field, message))));
    }
}
