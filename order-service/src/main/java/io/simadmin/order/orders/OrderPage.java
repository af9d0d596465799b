package io.simadmin.order.orders;

import io.simadmin.web.paging.PageMeta;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A page of orders: the suite's {@code {content, page}} plus {@code next}, the cursor of the following page (pass it
 * as {@code ?after=}; null on the last page, and when the list is sorted by anything but the default).
 *
 * @param page null on a cursor page: totals would need a count of every matching order, which is exactly what
 *             cursor paging avoids at millions of rows. {@code page.exactTotal} is true up to 10,000 matching orders;
 *             above that {@code totalElements} is the database's estimate (a count of millions would cost more than
 *             the page)
 */
public record OrderPage(List<OrderResponse> content,
                        @Schema(nullable = true, description = "null on pages requested with after") PageMeta page,
                        @Schema(nullable = true, description = "cursor of the next page, for ?after=") String next) {
}
