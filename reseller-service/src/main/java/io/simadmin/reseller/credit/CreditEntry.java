package io.simadmin.reseller.credit;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a reseller's credit ledger. Written only by {@link CreditLedger} (under the reseller's row lock) and
 * never changed: the table refuses updates and deletes, so the balance is always the sum of its entries.
 */
@Entity
@Immutable
@Table(name = "credit_entry")
public class CreditEntry extends AssignedIdEntity {

    @Id
    private UUID id;
    private UUID resellerId;
    @Column(insertable = false, updatable = false)
    private long seq;
    private EntryKind kind;
    private BigDecimal amount;
    private BigDecimal balanceAfter;
    private UUID orderId;
    private String actorType;
    private String actorId;
    private String reason;
    private Instant createdAt;

    protected CreditEntry() {
    }

    @Override
    public UUID id() { return id; }
    public UUID resellerId() { return resellerId; }
    public long seq() { return seq; }
    public EntryKind kind() { return kind; }
    public BigDecimal amount() { return amount; }
    public BigDecimal balanceAfter() { return balanceAfter; }
    public UUID orderId() { return orderId; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
}
