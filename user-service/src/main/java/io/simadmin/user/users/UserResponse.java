package io.simadmin.user.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A user as the API shows it. {@code idDocumentNumber} is masked ({@code ••••1234}) unless an admin asked for it in
 * clear. {@code version} goes back in PUT/PATCH (or as If-Match) to guard against lost updates.
 */
public record UserResponse(UUID id, String fullName, String email, String phone, String address, String city,
                           String state, String postalCode, String country, LocalDate dateOfBirth,
                           String idDocumentType, String idDocumentNumber, boolean idDocumentNumberMasked,
                           UserStatus status, Instant emailVerifiedAt, Instant phoneVerifiedAt, String currentPlan,
                           String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static UserResponse masked(PublicUser user) {
        return of(user, io.simadmin.user.pii.IdDocumentMask.masked(user.idDocumentHint()), true);
    }

    static UserResponse revealed(PublicUser user, String idDocumentNumber) {
        return of(user, idDocumentNumber, false);
    }

    private static UserResponse of(PublicUser user, String idDocumentNumber, boolean masked) {
        UserDetails d = user.details();
        return new UserResponse(user.id(), d.fullName(), d.email(), d.phone(), d.address(), d.city(), d.state(),
                d.postalCode(), d.country(), d.dateOfBirth(), d.idDocumentType(), idDocumentNumber, masked,
                user.status(), user.emailVerifiedAt(), user.phoneVerifiedAt(), user.currentPlan(), user.createdBy(),
                user.createdAt(), user.updatedAt(), user.version());
    }
}
