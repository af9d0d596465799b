package io.simadmin.auth.admins;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** The seed's Admin: who may sign in to the admin panel, with which role. */
@Entity
@Table(name = "admin")
public class Admin extends AssignedIdEntity {

    @Id
    private UUID id;
    private String email;
    private String username;
    private String firstName;
    private String lastName;
    private AdminRole role;
    private boolean active;
    private String passwordHash;
    private Instant passwordChangedAt;
    private Instant lastLogin;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Admin() {
    }

    /** A new admin; without a password hash it stays inactive until the invitation is accepted. */
    public Admin(UUID id, String email, String username, String firstName, String lastName, AdminRole role,
                 String passwordHash, Instant now) {
        this.id = id;
        this.email = email;
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = passwordHash != null;
        this.passwordChangedAt = passwordHash != null ? now : null;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String firstName, String lastName, String username, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.username = username;
        this.updatedAt = now;
    }

    public void changeRole(AdminRole role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    public void recordLogin(Instant now) {
        this.lastLogin = now;
    }

    /** Invited and not yet accepted: no password has ever been set. */
    public boolean invitationPending() {
        return passwordHash == null;
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }

    @Override
    public UUID id() { return id; }
    public String email() { return email; }
    public String username() { return username; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public AdminRole role() { return role; }
    public boolean active() { return active; }
    public String passwordHash() { return passwordHash; }
    public Instant lastLogin() { return lastLogin; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
