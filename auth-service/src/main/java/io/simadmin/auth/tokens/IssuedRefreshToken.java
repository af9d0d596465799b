package io.simadmin.auth.tokens;

import java.time.Duration;
import java.util.UUID;

/**
 * A new refresh token (the raw value goes only into the cookie) and how long the cookie should live: {@code null}
 * for a session cookie.
 */
public record IssuedRefreshToken(String value, UUID familyId, UUID adminId, Duration cookieMaxAge) {
}
