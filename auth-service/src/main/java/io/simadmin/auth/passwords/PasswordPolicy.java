package io.simadmin.auth.passwords;

import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** At least 12 characters, not built on the account's email, not a common password. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** @throws InvalidRequestException naming {@code field} with the first rule the password breaks */
    public void check(String field, String password, String email) {
        String problem = problem(password, email);
        if (problem != null) {
            throw new InvalidRequestException(field, problem);
        }
    }

    String problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters long";
        }
        if (password.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null) {
            String mail = email.toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.contains(mail) || (local.length() >= 3 && lower.contains(local))) {
                return "must not contain your email address or its name part";
            }
        }
        if (common.contains(password)) {
            return "is one of the most common passwords; choose another";
        }
        return null;
    }
}
