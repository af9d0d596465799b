package io.simadmin.auth.admins;

import io.simadmin.events.Actor;
import io.simadmin.web.request.RequestActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.UUID;

/** The admin behind the current request's access token. */
public final class CurrentAdmin {

    private CurrentAdmin() {
    }

    public static UUID id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            try {
                return UUID.fromString(jwt.getToken().getSubject());
            } catch (IllegalArgumentException e) {
                // A partner token's subject is a client id; it never reaches admin endpoints, but be explicit.
                throw new IllegalStateException("the caller is not an admin");
            }
        }
        throw new IllegalStateException("no authenticated admin in this request");
    }

    public static Actor actor() {
        return RequestActor.current(Actor.ADMIN, id().toString());
    }
}
