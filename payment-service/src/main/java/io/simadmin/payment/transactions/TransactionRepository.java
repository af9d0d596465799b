package io.simadmin.payment.transactions;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TransactionRepository extends JpaRepository<Transaction, UUID> {

    /** Row lock: serializes everything that moves money of one payment (charge result, refunds). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transaction t where t.id = :id")
    Optional<Transaction> lock(@Param("id") UUID id);

    @Query("select t from Transaction t where t.orderId = :orderId and t.type = :type order by t.createdAt desc, t.id desc")
    List<Transaction> findOfOrder(@Param("orderId") UUID orderId, @Param("type") TransactionType type);

    /** Ids only: callers lock each row before reading it, so no stale copy sits in the persistence context. */
    @Query("select t.id from Transaction t where t.orderId = :orderId and t.type = :type order by t.createdAt, t.id")
    List<UUID> idsOfOrder(@Param("orderId") UUID orderId, @Param("type") TransactionType type);

    @Query("select t.parentId from Transaction t where t.id = :id")
    Optional<UUID> parentOf(@Param("id") UUID id);

    @Query("select t from Transaction t where t.parentId = :paymentId order by t.createdAt, t.id")
    List<Transaction> findRefundsOf(@Param("paymentId") UUID paymentId);

    /** Refunds that took money back or may still do so: what is no longer refundable. */
    @Query("""
            select coalesce(sum(t.amount), 0) from Transaction t
            where t.parentId = :paymentId and t.status in (io.simadmin.payment.transactions.TransactionStatus.PENDING,
                                                           io.simadmin.payment.transactions.TransactionStatus.COMPLETED)""")
    BigDecimal committedRefunds(@Param("paymentId") UUID paymentId);

    @Query("""
            select coalesce(sum(t.amount), 0) from Transaction t
            where t.parentId = :paymentId and t.status = io.simadmin.payment.transactions.TransactionStatus.COMPLETED""")
    BigDecimal completedRefunds(@Param("paymentId") UUID paymentId);

    boolean existsByResellerId(UUID resellerId);
}
