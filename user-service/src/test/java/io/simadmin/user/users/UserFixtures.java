package io.simadmin.user.users;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for user tests; each gets a unique email and phone so tests never collide on the shared database. */
final class UserFixtures {

    static final String ID_NUMBER = "P1234567";

    private UserFixtures() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** A UK mobile number in display form: +44 77 then 8 random digits. */
    static String uniquePhone() {
        return "+44 77%02d %06d".formatted(ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(1_000_000));
    }

    static String body(String fullName) {
        return body(fullName, uniqueEmail("user"), uniquePhone());
    }

    static String body(String fullName, String email, String phone) {
        return body(fullName, email, phone, "London", ID_NUMBER);
    }

    static String body(String fullName, String email, String phone, String city, String idNumber) {
        return """
                {"fullName":"%s","email":"%s","phone":"%s","address":"1 Analytical Way","city":"%s",
                 "state":"Greater London","postalCode":"NW1 6XE","country":"GB","dateOfBirth":"1990-05-17",
                 "idDocumentType":"passport","idDocumentNumber":"%s"}""".formatted(fullName, email, phone, city,
                idNumber);
    }
}
