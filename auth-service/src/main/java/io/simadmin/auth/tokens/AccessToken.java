package io.simadmin.auth.tokens;

/** A signed access token and how many seconds it lives. */
public record AccessToken(String value, long expiresIn) {
}
