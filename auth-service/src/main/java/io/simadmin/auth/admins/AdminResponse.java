package io.simadmin.auth.admins;

import java.time.Instant;
import java.util.UUID;

/** An admin as the API shows it: never the password hash. */
public record AdminResponse(UUID id, String email, String username, String firstName, String lastName, String role,
                            boolean active, boolean invitationPending, Instant lastLogin, Instant createdAt,
                            Instant updatedAt, long version) {

    public static AdminResponse of(Admin admin) {
        return new AdminResponse(admin.id(), admin.email(), admin.username(), admin.firstName(), admin.lastName(),
                admin.role().value(), admin.active(), admin.invitationPending(), admin.lastLogin(), admin.createdAt(),
                admin.updatedAt(), admin.version());
    }
}
