package io.simadmin.test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;

/**
 * Writes a test expects the database itself to refuse (a check, a domain, a unique index). Each runs in a savepoint
 * of the test's transaction, so that transaction ({@code @JdbcTest} rolls it back afterwards) stays usable for the
 * assertions that follow the refusal.
 */
public final class RefusedWrites {

    private final TransactionTemplate savepoint;

    public RefusedWrites(PlatformTransactionManager transactions) {
        savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The SQL state the database refused the write with; an accepted write, or one refused elsewhere, fails. */
    public String sqlStateOf(Runnable write) {
        try {
            savepoint.executeWithoutResult(status -> write.run());
        } catch (RuntimeException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    return sql.getSQLState();
                }
            }
            throw new AssertionError("the write was refused, but not by the database", refused);
        }
        throw new AssertionError("the database accepted the write");
    }
}
