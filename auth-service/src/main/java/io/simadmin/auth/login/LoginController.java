package io.simadmin.auth.login;

import io.simadmin.auth.tokens.RefreshCookie;
import io.simadmin.events.Actor;
import io.simadmin.web.request.RequestActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, refresh and sign-out for the admin panel. */
@RestController
@Tag(name = "Auth")
public class LoginController {

    private final LoginService service;
    private final LoginRateLimiter rateLimiter;

    public LoginController(LoginService service, LoginRateLimiter rateLimiter) {
        this.service = service;
        this.rateLimiter = rateLimiter;
    }

    @PostMapping({"/api/auth/login", "/api/auth/login/"})
    @Operation(summary = "Sign in with email or username and password",
            description = "Returns a 10-minute access token; the refresh token is set as an HttpOnly cookie "
                    + "(30 days with rememberMe, else a session cookie valid at most 12 hours). Wrong password and "
                    + "unknown login answer the same 401; after 5 failures the login is locked for 15 minutes (423); "
                    + "too many attempts from one address answer 429.")
    public ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        rateLimiter.acquire("login", http);
        return signedIn(service.login(request, RequestActor.current(Actor.ADMIN, null)));
    }

    @PostMapping({"/api/auth/token/refresh", "/api/auth/token/refresh/"})
    @Operation(summary = "Exchange the refresh cookie for a new access token",
            description = "Rotates the refresh token. Presenting an already rotated token ends the whole session.")
    public ResponseEntity<TokenResponse> refresh(HttpServletRequest http) {
        return signedIn(service.refresh(RefreshCookie.read(http), RequestActor.current(Actor.ADMIN, null)));
    }

    @PostMapping({"/api/auth/logout", "/api/auth/logout/"})
    @Operation(summary = "Sign out", description = "Revokes the session of the refresh cookie and clears the cookie.")
    public ResponseEntity<Void> logout(HttpServletRequest http) {
        service.logout(RefreshCookie.read(http));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, RefreshCookie.clear()).build();
    }

    private static ResponseEntity<TokenResponse> signedIn(SignedIn signedIn) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.set(signedIn.refreshToken()))
                .body(signedIn.body());
    }
}
