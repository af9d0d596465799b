package io.simadmin.user.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of user-service's personal data ({@code simadmin.users.*}).
 *
 * @param piiKey base64 of 32 random bytes; encrypts ID document numbers at rest (AES-256-GCM). A secret: it comes
 *               from {@code SIMADMIN_USERS_PII_KEY} or the launcher's secrets file, never from the repository.
 */
@ConfigurationProperties("simadmin.users")
public record PiiProperties(String piiKey) {
}
