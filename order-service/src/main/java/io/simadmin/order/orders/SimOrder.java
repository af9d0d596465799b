package io.simadmin.order.orders;

import io.simadmin.order.plans.PlanOffer;
import io.simadmin.order.plans.SimType;
import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The seed's {@code SimOrder}: a SIM ordered for a public user or for a reseller's client. What it cost (plan price,
 * delivery fee, tax, service charge, total) is fixed when it is placed; afterwards only the delivery address, the
 * notes, the status, the payment status and the delivery assignment change.
 */
@Entity
@Table(name = "sim_order")
public class SimOrder extends AssignedIdEntity {

    @Id
    private UUID id;
    @Column(updatable = false)
    private String orderNumber;
    // The column types are domains (V3) that hold the checks; validation matches them by name.
    @Column(updatable = false, columnDefinition = "order_type_value")
    private OrderType orderType;
    @Column(updatable = false)
    private UUID userId;
    @Column(updatable = false)
    private UUID resellerId;
    @Column(updatable = false)
    private UUID clientId;
    @Column(updatable = false)
    private String customerName;
    @Column(updatable = false)
    private String customerPhone;
    @Column(updatable = false)
    private UUID planId;
    @Column(updatable = false, columnDefinition = "sim_type_value")
    private SimType simType;
    @Column(updatable = false)
    private String networkProvider;
    @Column(updatable = false)
    private String planName;
    @Column(updatable = false, columnDefinition = "non_negative_amount")
    private BigDecimal planPrice;
    @Column(updatable = false)
    private String currency;
    private String deliveryAddress;
    @Column(updatable = false, columnDefinition = "non_negative_amount")
    private BigDecimal deliveryFee;
    @Column(updatable = false, columnDefinition = "non_negative_amount")
    private BigDecimal taxAmount;
    @Column(updatable = false, columnDefinition = "non_negative_amount")
    private BigDecimal serviceCharge;
    @Column(updatable = false, columnDefinition = "non_negative_amount")
    private BigDecimal totalAmount;
    @Column(updatable = false)
    private PaymentMethod paymentMethod;
    @Column(columnDefinition = "order_status_value")
    private OrderStatus status;
    @Column(columnDefinition = "payment_status_value")
    private PaymentStatus paymentStatus;
    private String deliveryTrackingNumber;
    private String courier;
    private LocalDate expectedDeliveryDate;
    private String notes;
    private String cancelledReason;
    @Column(updatable = false)
    private String createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deliveredAt;
    private Instant activatedAt;
    @Version
    private long version;

    protected SimOrder() {
    }

    SimOrder(UUID id, String orderNumber, OrderParty party, PlanOffer plan, Pricing.Quote quote, String deliveryAddress,
             String notes, PaymentMethod paymentMethod, String createdBy, Instant now) {
        this.id = id;
        this.orderNumber = orderNumber;
        this.orderType = party.type();
        this.userId = party.userId();
        this.resellerId = party.resellerId();
        this.clientId = party.clientId();
        this.customerName = party.name();
        this.customerPhone = party.phone();
        this.planId = plan.id();
        this.simType = plan.simType();
        this.networkProvider = plan.networkProvider();
        this.planName = plan.name();
        this.currency = plan.currency();
        this.planPrice = quote.planPrice();
        this.deliveryFee = quote.deliveryFee();
        this.taxAmount = quote.taxAmount();
        this.serviceCharge = quote.serviceCharge();
        this.totalAmount = quote.totalAmount();
        this.deliveryAddress = deliveryAddress;
        this.notes = notes;
        this.paymentMethod = paymentMethod;
        this.status = OrderStatus.PENDING;
        this.paymentStatus = PaymentStatus.PENDING;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void editDetails(String deliveryAddress, String notes, Instant now) {
        this.deliveryAddress = deliveryAddress;
        this.notes = notes;
        this.updatedAt = now;
    }

    /** Only {@link OrderWorkflow} moves an order, after checking the move is allowed. */
    void moveTo(OrderStatus next, String reason, Instant now) {
        this.status = next;
        if (next == OrderStatus.DELIVERED) {
            this.deliveredAt = now;
        } else if (next == OrderStatus.ACTIVATED) {
            this.activatedAt = now;
        } else if (next == OrderStatus.CANCELLED) {
            this.cancelledReason = reason;
        }
        this.updatedAt = now;
    }

    public void recordPayment(PaymentStatus next, Instant now) {
        this.paymentStatus = next;
        this.updatedAt = now;
    }

    public void assignDelivery(String courier, String trackingNumber, LocalDate expectedDeliveryDate, Instant now) {
        this.courier = courier;
        this.deliveryTrackingNumber = trackingNumber;
        this.expectedDeliveryDate = expectedDeliveryDate;
        this.updatedAt = now;
    }

    @Override
    public UUID id() { return id; }
    public String orderNumber() { return orderNumber; }
    public OrderType orderType() { return orderType; }
    public UUID userId() { return userId; }
    public UUID resellerId() { return resellerId; }
    public UUID clientId() { return clientId; }
    public String customerName() { return customerName; }
    public String customerPhone() { return customerPhone; }
    public UUID planId() { return planId; }
    public SimType simType() { return simType; }
    public String networkProvider() { return networkProvider; }
    public String planName() { return planName; }
    public BigDecimal planPrice() { return planPrice; }
    public String currency() { return currency; }
    public String deliveryAddress() { return deliveryAddress; }
    public BigDecimal deliveryFee() { return deliveryFee; }
    public BigDecimal taxAmount() { return taxAmount; }
    public BigDecimal serviceCharge() { return serviceCharge; }
    public BigDecimal totalAmount() { return totalAmount; }
    public PaymentMethod paymentMethod() { return paymentMethod; }
    public OrderStatus status() { return status; }
    public PaymentStatus paymentStatus() { return paymentStatus; }
    public String deliveryTrackingNumber() { return deliveryTrackingNumber; }
    public String courier() { return courier; }
    public LocalDate expectedDeliveryDate() { return expectedDeliveryDate; }
    public String notes() { return notes; }
    public String cancelledReason() { return cancelledReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant activatedAt() { return activatedAt; }
    public long version() { return version; }
}
