package io.simadmin.payment.transactions;

import io.simadmin.web.paging.PageMeta;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A page of transactions: the suite's {@code {content, page}} plus {@code next}, the cursor of the following page
 * (null on the last one). With {@code ?after=} the list is read by cursor and {@code page} is null: counting
 * millions of rows for every page is what keyset paging avoids.
 */
public record TransactionPage(List<TransactionResponse> content,
                              @Schema(nullable = true, description = "null when the page was read by cursor")
                              PageMeta page,
                              @Schema(nullable = true, description = "pass as ?after= for the next page")
                              String next) {
}
