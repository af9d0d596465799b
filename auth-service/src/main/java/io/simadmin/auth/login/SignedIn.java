package io.simadmin.auth.login;

import io.simadmin.auth.tokens.IssuedRefreshToken;

/** A successful sign-in or refresh: the body to answer and the refresh token to put in the cookie. */
record SignedIn(TokenResponse body, IssuedRefreshToken refreshToken) {
}
