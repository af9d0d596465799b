package io.simadmin.user.users;

import java.time.LocalDate;

/**
 * The fields staff edit, validated and normalized (trimmed, email lowercased, phone as + and digits, country
 * upper case). The ID document number is not here: it only travels encrypted or masked.
 */
record UserDetails(String fullName, String email, String phone, String address, String city, String state,
                   String postalCode, String country, LocalDate dateOfBirth, String idDocumentType) {
}
