package io.simadmin.auth.login;

import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRepository;
import io.simadmin.auth.admins.AdminResponse;
import io.simadmin.auth.passwords.PasswordHasher;
import io.simadmin.auth.tokens.AccessToken;
import io.simadmin.auth.tokens.AccessTokenIssuer;
import io.simadmin.auth.tokens.IssuedRefreshToken;
import io.simadmin.auth.tokens.RefreshOutcome;
import io.simadmin.auth.tokens.RefreshTokens;
import io.simadmin.events.Actor;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.web.problem.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in and session refresh. Failures are recorded (and published) in their own transaction before the error is
 * thrown, so a refused attempt still counts toward the lockout.
 */
@Service
public class LoginService {

    static final String WRONG_CREDENTIALS = "Email/username or password is wrong";
    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final AdminRepository admins;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public LoginService(AdminRepository admins, PasswordHasher hasher, LoginThrottle throttle, RefreshTokens refreshTokens,
                        AccessTokenIssuer accessTokens, Outbox outbox, PlatformTransactionManager transactions,
                        Clock clock) {
        this.admins = admins;
        this.hasher = hasher;
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    SignedIn login(LoginRequest request, Actor actor) {
        Optional<Admin> found = admins.findByLogin(request.login().trim()).stream().findFirst();
        UUID adminId = found.map(Admin::id).orElse(null);
        String key = LoginThrottle.keyFor(adminId, request.login());
        Optional<Instant> locked = throttle.lockedUntil(key);
        if (locked.isPresent()) {
            publishFailure(adminId, "locked", 0, locked.get(), actor);
            throw lockedOut(locked.get());
        }
        boolean matches = found.isPresent() ? hasher.matches(request.password(), found.get().passwordHash())
                : spend(request.password());
        if (!matches || !found.get().canSignIn()) {
            LoginThrottle.Failure failure = transactions.execute(status -> {
                LoginThrottle.Failure f = throttle.recordFailure(key);
                outbox.append(new LoginFailed(adminId, "bad_credentials", f.failures(), f.lockedUntil(), actor,
                        clock.instant()));
                return f;
            });
            if (failure.lockedUntil() != null) {
                log.warn("login locked after {} failures (admin {}) until {}", failure.failures(), adminId, failure.lockedUntil());
            }
            throw wrongCredentials();
        }
        boolean rememberMe = Boolean.TRUE.equals(request.rememberMe());
        return transactions.execute(status -> {
            Admin admin = admins.findById(adminId).orElseThrow();
            Instant now = clock.instant();
            throttle.clear(key);
            admin.recordLogin(now);
            admins.saveAndFlush(admin);
            IssuedRefreshToken refresh = refreshTokens.startFamily(admin.id(), rememberMe);
            outbox.append(new AdminLoggedIn(admin.id(), admin.email(), admin.role().value(), rememberMe, actor, now));
            return new SignedIn(body(admin), refresh);
        });
    }

    SignedIn refresh(String presented, Actor actor) {
        RefreshOutcome outcome = transactions.execute(status -> {
            RefreshOutcome o = refreshTokens.rotate(presented,
                    id -> admins.findById(id).map(Admin::canSignIn).orElse(false));
            if (o instanceof RefreshOutcome.Reused reused) {
                outbox.append(new LoginFailed(reused.adminId(), "refresh_token_reuse", 0, null, actor, clock.instant()));
            }
            return o;
        });
        return switch (outcome) {
            case RefreshOutcome.Rotated rotated -> new SignedIn(
                    body(admins.findById(rotated.next().adminId()).orElseThrow()), rotated.next());
            case RefreshOutcome.Reused reused -> {
                // Security event: a replaced token came back, so it was copied. The family is already revoked.
                log.warn("SECURITY refresh token reuse: family {} of admin {} revoked ({} live tokens) from {}",
                        reused.familyId(), reused.adminId(), reused.revoked(), actor.ipAddress());
                throw sessionEnded();
            }
            case RefreshOutcome.Invalid invalid -> throw sessionEnded();
        };
    }

    void logout(String presented) {
        refreshTokens.revokeFamilyOf(presented);
    }

    private TokenResponse body(Admin admin) {
        AccessToken token = accessTokens.issue(new AccessTokenIssuer.Subject(admin.id(), admin.role().value(),
                admin.email(), admin.fullName()));
        return new TokenResponse(token.value(), "Bearer", token.expiresIn(), AdminResponse.of(admin));
    }

    private boolean spend(String password) {
        hasher.spendVerificationTime(password);
        return false;
    }

    private void publishFailure(UUID adminId, String reason, int failures, Instant lockedUntil, Actor actor) {
        transactions.executeWithoutResult(status ->
                outbox.append(new LoginFailed(adminId, reason, failures, lockedUntil, actor, clock.instant())));
    }

    private RetryLaterException lockedOut(Instant until) {
        Duration wait = Duration.between(clock.instant(), until);
        return new RetryLaterException(HttpStatus.LOCKED, "login-locked", "Too many failed sign-ins",
                "Too many failed sign-ins for this account. Try again after " + until.truncatedTo(ChronoUnit.SECONDS)
                        + " (in about " + Math.max(1, wait.toMinutes() + 1) + " minutes), or reset the password.",
                wait, until);
    }

    static ApiException wrongCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid-credentials", WRONG_CREDENTIALS,
                WRONG_CREDENTIALS + ".");
    }

    private static ApiException sessionEnded() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "session-ended", "Session ended",
                "Your session has ended or was revoked. Sign in again.");
    }
}
