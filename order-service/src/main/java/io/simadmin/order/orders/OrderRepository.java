package io.simadmin.order.orders;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

public interface OrderRepository extends JpaRepository<SimOrder, UUID> {

    /**
     * The order, locked until the transaction ends ({@code SELECT … FOR UPDATE}): saga events and bulk changes
     * apply their effect to the current row, and a concurrent edit waits instead of failing on the version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SimOrder o where o.id = :id")
    Optional<SimOrder> lockById(UUID id);
}
