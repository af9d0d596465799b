package io.simadmin.order.plans;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A SIM plan people can order: its provider, SIM type and price. Only active plans can be ordered. */
@Entity
@Table(name = "plan")
public class Plan extends AssignedIdEntity {

    @Id
    private UUID id;
    private String name;
    private String networkProvider;
    // The column types are domains (V3) that hold the checks; validation matches them by name.
    @Column(columnDefinition = "sim_type_value")
    private SimType simType;
    @Column(columnDefinition = "non_negative_amount")
    private BigDecimal price;
    private String currency;
    private boolean active;
    private String description;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Plan() {
    }

    Plan(UUID id, PlanDetails details, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(PlanDetails details, Instant now) {
        this.name = details.name();
        this.networkProvider = details.networkProvider();
        this.simType = details.simType();
        this.price = details.price();
        this.currency = details.currency();
        this.active = details.active();
        this.description = details.description();
        this.updatedAt = now;
    }

    PlanOffer offer() {
        return new PlanOffer(id, name, networkProvider, simType, price, currency, active);
    }

    PlanDetails details() {
        return new PlanDetails(name, networkProvider, simType, price, currency, active, description);
    }

    @Override
    public UUID id() { return id; }
    public String name() { return name; }
    public String networkProvider() { return networkProvider; }
    public SimType simType() { return simType; }
    public BigDecimal price() { return price; }
    public String currency() { return currency; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
