package io.simadmin.order.orders;

import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a bulk action one order at a time, each in its own transaction with the order locked: one order's refusal
 * (unknown, a move the workflow forbids) or failure never undoes or blocks the others, and each result says what
 * happened to that order.
 */
@Component
public class BulkRunner {

    private static final Logger log = LoggerFactory.getLogger(BulkRunner.class);

    private final OrderRepository orders;
    private final TransactionTemplate tx;

    BulkRunner(OrderRepository orders, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.tx = new TransactionTemplate(transactions);
    }

    /** @param action changes one locked order (and appends its events) or throws an {@link ApiException} */
    public BulkResponse run(List<UUID> ids, Function<SimOrder, SimOrder> action) {
        List<BulkItemResult> results = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            results.add(runOne(id, action));
        }
        return BulkResponse.of(results);
    }

    private BulkItemResult runOne(UUID id, Function<SimOrder, SimOrder> action) {
        try {
            SimOrder changed = tx.execute(status -> action.apply(orders.lockById(id)
                    .orElseThrow(() -> new NotFoundException("order", id))));
            return BulkItemResult.ok(changed);
        } catch (ApiException e) {
            return BulkItemResult.error(id, e.status().value(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            return BulkItemResult.error(id, 409, "The order was changed by someone else meanwhile; try it again.");
        } catch (RuntimeException e) {
            log.error("bulk action on order {} failed", id, e);
            return BulkItemResult.error(id, 500, "Something went wrong on our side with this order; try it again.");
        }
    }
}
