package io.simadmin.events;

import java.util.Objects;

/**
 * Who caused an event and from where; the activity feed shows it (the seed's ActivityLog user type,
 * user id, ip address and user agent).
 *
 * @param type      {@code admin}, {@code reseller}, {@code public_user} or {@code system}
 * @param id        the actor's id in its own service, or {@code null} when not known
 * @param ipAddress the client address as seen by the gateway, when the event started with an HTTP request
 * @param userAgent the client's user agent, when the event started with an HTTP request
 */
public record Actor(String type, String id, String ipAddress, String userAgent) {

    public static final String ADMIN = "admin";
    public static final String RESELLER = "reseller";
    public static final String PUBLIC_USER = "public_user";
    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(type, "type");
    }

    public static Actor system() {
        return new Actor(SYSTEM, null, null, null);
    }
}
