package io.simadmin.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of auth-service ({@code simadmin.auth.*}). The key-encryption key and the demo password are secrets: they
 * come from the environment or the launcher's secrets file, never from the repository.
 *
 * @param keyEncryptionKey  base64 of 32 random bytes; encrypts the token signing keys at rest (AES-GCM)
 * @param keyRotationPeriod how long one signing key signs before the next takes over
 * @param keyPublishLead    how long a new key sits in the JWKS before it signs, so resource servers' cached key sets
 *                          know it before the first token arrives (their cache lives 5 minutes by default)
 * @param publicUrl         where people open the admin panel; links in emails point there
 */
@ConfigurationProperties("simadmin.auth")
public record AuthProperties(
        String keyEncryptionKey,
        @DefaultValue("30d") Duration keyRotationPeriod,
        @DefaultValue("10m") Duration keyPublishLead,
        @DefaultValue("10m") Duration accessTokenTtl,
        @DefaultValue("15m") Duration partnerTokenTtl,
        @DefaultValue("12h") Duration sessionTtl,
        @DefaultValue("30d") Duration rememberMeTtl,
        @DefaultValue("30m") Duration resetTokenTtl,
        @DefaultValue("72h") Duration inviteTokenTtl,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("simadmin <no-reply@simadmin.local>") String mailFrom,
        @DefaultValue Lockout lockout,
        @DefaultValue RateLimit loginRateLimit,
        @DefaultValue DemoAdmins demoAdmins) {

    /** After {@code maxFailures} failures within {@code window} a login is locked for {@code window}. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }

    /** Per client address: a bucket of {@code capacity} attempts that refills completely over {@code refillPeriod}. */
    public record RateLimit(@DefaultValue("10") int capacity, @DefaultValue("1m") Duration refillPeriod) {
    }

    /** When {@code password} is set and no admin exists yet, one demo admin per role is created with it. */
    public record DemoAdmins(String password) {
    }
}
