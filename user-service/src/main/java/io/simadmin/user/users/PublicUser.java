package io.simadmin.user.users;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The seed's {@code PublicUser}: someone who buys SIMs through the app. */
@Entity
@Table(name = "public_user")
public class PublicUser extends AssignedIdEntity {

    @Id
    private UUID id;
    private String fullName;
    private String email;
    private String phone;
    private String address;
    private String city;
    private String state;
    private String postalCode;
    private String country;
    private LocalDate dateOfBirth;
    private String idDocumentType;
    /** AES-GCM ciphertext (see IdDocumentCipher); the clear number is never stored. */
    @Column(name = "id_document_number_enc")
    private byte[] idDocumentNumberEncrypted;
    private String idDocumentHint;
    private UserStatus status;
    private Instant emailVerifiedAt;
    private Instant phoneVerifiedAt;
    /**
     * The plan of the user's latest order, written only by {@code UserPlanListener} from order events; never by
     * this entity, so that saving a user cannot put back a plan read before the latest order arrived.
     */
    @Column(insertable = false, updatable = false)
    private String currentPlan;
    @Column(updatable = false)
    private String createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected PublicUser() {
    }

    PublicUser(UUID id, UserDetails details, byte[] idDocumentNumberEncrypted, String idDocumentHint,
               String createdBy, Instant now) {
        this.id = id;
        this.status = UserStatus.PENDING_VERIFICATION;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
        replaceIdDocumentNumber(idDocumentNumberEncrypted, idDocumentHint, now);
    }

    /** A new email or phone has not been verified, whoever verified the old one. */
    void apply(UserDetails details, Instant now) {
        if (email != null && !email.equals(details.email())) {
            emailVerifiedAt = null;
        }
        if (phone != null && !phone.equals(details.phone())) {
            phoneVerifiedAt = null;
        }
        this.fullName = details.fullName();
        this.email = details.email();
        this.phone = details.phone();
        this.address = details.address();
        this.city = details.city();
        this.state = details.state();
        this.postalCode = details.postalCode();
        this.country = details.country();
        this.dateOfBirth = details.dateOfBirth();
        this.idDocumentType = details.idDocumentType();
        this.updatedAt = now;
    }

    void replaceIdDocumentNumber(byte[] encrypted, String hint, Instant now) {
        this.idDocumentNumberEncrypted = encrypted;
        this.idDocumentHint = hint;
        this.updatedAt = now;
    }

    void moveTo(UserStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** @return whether anything changed (verifying twice keeps the first time) */
    boolean markVerified(VerificationChannel channel, Instant now) {
        switch (channel) {
            case EMAIL -> {
                if (emailVerifiedAt != null) {
                    return false;
                }
                emailVerifiedAt = now;
            }
            case PHONE -> {
                if (phoneVerifiedAt != null) {
                    return false;
                }
                phoneVerifiedAt = now;
            }
        }
        updatedAt = now;
        return true;
    }

    UserDetails details() {
        return new UserDetails(fullName, email, phone, address, city, state, postalCode, country, dateOfBirth,
                idDocumentType);
    }

    @Override
    public UUID id() { return id; }
    public UserStatus status() { return status; }
    byte[] idDocumentNumberEncrypted() { return idDocumentNumberEncrypted; }
    String idDocumentHint() { return idDocumentHint; }
    public Instant emailVerifiedAt() { return emailVerifiedAt; }
    public Instant phoneVerifiedAt() { return phoneVerifiedAt; }
    public String currentPlan() { return currentPlan; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
