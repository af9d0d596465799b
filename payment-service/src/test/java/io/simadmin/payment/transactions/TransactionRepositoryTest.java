package io.simadmin.payment.transactions;

import io.simadmin.test.PostgresTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How transactions reach the table: one INSERT for a new one, version-checked UPDATEs afterwards. */
@DataJpaTest
@PostgresTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class TransactionRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    TransactionRepository transactions;
    @Autowired
    TestEntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void stores_a_new_transaction_with_one_insert_and_no_select_before_it() {
        transactions.saveAndFlush(pendingPayment());

        assertThat(statistics.getPrepareStatementCount()).isOne();
        assertThat(statistics.getEntityInsertCount()).isOne();
        assertThat(statistics.getEntityLoadCount()).isZero();
    }

    @Test
    void saves_a_change_to_a_stored_transaction_as_an_update_of_its_version() {
        UUID id = transactions.saveAndFlush(pendingPayment()).id();
        entityManager.clear();

        Transaction stored = transactions.findById(id).orElseThrow();
        stored.complete("sandbox_1", "{}", NOW.plusSeconds(1));
        transactions.saveAndFlush(stored);

        assertThat(statistics.getEntityInsertCount()).isOne();
        assertThat(statistics.getEntityUpdateCount()).isOne();
        entityManager.clear();
        assertThat(transactions.findById(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refuses_a_stale_copy_of_a_stored_transaction() {
        UUID id = transactions.saveAndFlush(pendingPayment()).id();
        entityManager.clear();
        Transaction first = transactions.findById(id).orElseThrow();
        entityManager.clear();
        Transaction second = transactions.findById(id).orElseThrow();
        entityManager.clear();
        first.complete("sandbox_1", "{}", NOW.plusSeconds(1));
        transactions.saveAndFlush(first);
        entityManager.clear();

        second.fail("card_declined", "Card declined", "sandbox_2", "{}", NOW.plusSeconds(2));

        assertThatThrownBy(() -> transactions.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private static Transaction pendingPayment() {
        return Transaction.pendingPayment(UUID.randomUUID(), "TXN-" + UUID.randomUUID().toString().substring(0, 8),
                new OrderRef(UUID.randomUUID(), "ORD-2026-000001", UUID.randomUUID(), null), new BigDecimal("19.00"),
                "EUR", "card", NOW);
    }
}
