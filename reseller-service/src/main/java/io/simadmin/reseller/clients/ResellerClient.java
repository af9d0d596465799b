package io.simadmin.reseller.clients;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The seed's {@code ResellerClient}: a customer of a reseller, with its plan and a monthly spending limit. */
@Entity
@Table(name = "reseller_client")
public class ResellerClient extends AssignedIdEntity {

    @Id
    private UUID id;
    @Column(updatable = false)
    private UUID resellerId;
    private String clientName;
    private String clientEmail;
    private String clientPhone;
    private String planType;
    private ClientStatus status;
    private BigDecimal monthlyLimit;
    // Usage moves only with credit reservations (row lock in the credit ledger); an edit of the client must not
    // write back a usage it read before a concurrent order.
    @Column(updatable = false)
    private BigDecimal currentUsage;
    @Column(updatable = false)
    private LocalDate usageMonth;
    @Column(updatable = false)
    private String createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ResellerClient() {
    }

    ResellerClient(UUID id, UUID resellerId, ClientDetails details, ClientStatus status, String createdBy,
                   Instant now, YearMonth month) {
        this.id = id;
        this.resellerId = resellerId;
        this.status = status;
        this.currentUsage = BigDecimal.ZERO.setScale(2);
        this.usageMonth = month.atDay(1);
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ClientDetails details, Instant now) {
        this.clientName = details.clientName();
        this.clientEmail = details.clientEmail();
        this.clientPhone = details.clientPhone();
        this.planType = details.planType();
        this.monthlyLimit = details.monthlyLimit();
        this.updatedAt = now;
    }

    void moveTo(ClientStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    ClientDetails details() {
        return new ClientDetails(clientName, clientEmail, clientPhone, planType, monthlyLimit);
    }

    /** What the client ordered this month: usage recorded for an earlier month no longer counts. */
    BigDecimal usageIn(YearMonth month) {
        return YearMonth.from(usageMonth).equals(month) ? currentUsage : BigDecimal.ZERO.setScale(2);
    }

    @Override
    public UUID id() { return id; }
    public UUID resellerId() { return resellerId; }
    public ClientStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
