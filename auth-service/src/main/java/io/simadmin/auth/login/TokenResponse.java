package io.simadmin.auth.login;

import io.simadmin.auth.admins.AdminResponse;

/** Answer of login and refresh; the refresh token travels only in its HttpOnly cookie. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, AdminResponse admin) {
}
