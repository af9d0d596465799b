package io.simadmin.auth.tokens;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

import java.time.Duration;

/**
 * The refresh token's cookie: HttpOnly (scripts never see it), Secure, SameSite=Strict (no cross-site request
 * carries it, which is what protects the cookie-authenticated endpoints from CSRF) and only sent to /api/auth.
 */
public final class RefreshCookie {

    public static final String NAME = "simadmin_refresh";
    public static final String PATH = "/api/auth";

    private RefreshCookie() {
    }

    public static String set(IssuedRefreshToken token) {
        ResponseCookie.ResponseCookieBuilder cookie = base(token.value());
        if (token.cookieMaxAge() != null) {
            cookie.maxAge(token.cookieMaxAge());
        }
        return cookie.build().toString();
    }

    public static String clear() {
        return base("").maxAge(Duration.ZERO).build().toString();
    }

    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(true).sameSite("Strict").path(PATH);
    }
}
