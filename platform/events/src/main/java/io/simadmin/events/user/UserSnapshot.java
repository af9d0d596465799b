package io.simadmin.events.user;

import java.time.Instant;

/**
 * The public-user fields other services may rely on: who the user is and how to reach them. The street address,
 * date of birth and ID document stay in user-service; the ID document number never leaves it.
 */
public record UserSnapshot(String fullName, String email, String phone, String city, String state,
                           String postalCode, String country, String status, Instant emailVerifiedAt,
                           Instant phoneVerifiedAt) {
}
