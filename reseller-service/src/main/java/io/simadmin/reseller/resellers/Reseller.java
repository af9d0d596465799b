package io.simadmin.reseller.resellers;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The seed's {@code Reseller}: a business that sells SIMs to its own clients on credit. */
@Entity
@Table(name = "reseller")
public class Reseller extends AssignedIdEntity {

    @Id
    private UUID id;
    private String businessName;
    private String contactPerson;
    private String email;
    private String phone;
    private String address;
    private String city;
    private String state;
    private String country;
    private ResellerStatus status;
    private BigDecimal creditLimit;
    // Only the credit ledger moves the balance (row lock + ledger entry); an admin's edit must never write back a
    // balance it read before a concurrent reservation.
    @Column(updatable = false)
    private BigDecimal currentBalance;
    private BigDecimal commissionRate;
    @Column(updatable = false)
    private String createdBy;
    private Instant firstActivatedAt;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    @Version
    private long version;

    protected Reseller() {
    }

    Reseller(UUID id, ResellerDetails details, String createdBy, Instant now) {
        this.id = id;
        this.status = ResellerStatus.PENDING;
        this.currentBalance = BigDecimal.ZERO.setScale(2);
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ResellerDetails details, Instant now) {
        this.businessName = details.businessName();
        this.contactPerson = details.contactPerson();
        this.email = details.email();
        this.phone = details.phone();
        this.address = details.address();
        this.city = details.city();
        this.state = details.state();
        this.country = details.country();
        this.creditLimit = details.creditLimit();
        this.commissionRate = details.commissionRate();
        this.updatedAt = now;
    }

    void moveTo(ResellerStatus next, Instant now) {
        this.status = next;
        if (next == ResellerStatus.ACTIVE && firstActivatedAt == null) {
            firstActivatedAt = now;
        }
        this.updatedAt = now;
    }

    void markDeleted(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /**
     * A reseller that has never been active, holds no balance and has no clients or ledger entries has done no
     * business: deleting it may erase it. Once it has traded, the row stays (soft delete) for the orders,
     * invoices and ledger that refer to it (ADR 0005).
     *
     * @param hasRecords whether rows elsewhere in this service (clients, ledger entries) refer to it
     */
    boolean hasHistory(boolean hasRecords) {
        return hasRecords || firstActivatedAt != null || currentBalance.signum() != 0;
    }

    ResellerDetails details() {
        return new ResellerDetails(businessName, contactPerson, email, phone, address, city, state, country,
                creditLimit, commissionRate);
    }

    @Override
    public UUID id() { return id; }
    public ResellerStatus status() { return status; }
    public BigDecimal currentBalance() { return currentBalance; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
