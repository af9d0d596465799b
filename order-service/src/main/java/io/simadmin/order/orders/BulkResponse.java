package io.simadmin.order.orders;

import java.util.List;

/** The answer to a bulk action: one result per requested id, in request order, and how many succeeded. */
public record BulkResponse(List<BulkItemResult> results, int succeeded, int failed) {

    static BulkResponse of(List<BulkItemResult> results) {
        int ok = (int) results.stream().filter(r -> BulkItemResult.OK.equals(r.outcome())).count();
        return new BulkResponse(List.copyOf(results), ok, results.size() - ok);
    }
}
