package io.simadmin.web.request;

import io.simadmin.events.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@link Actor} behind the current HTTP request, for events and the activity feed. The client address
 * is the first {@code X-Forwarded-For} hop (set by the gateway), else the socket's peer.
 */
public final class RequestActor {

    private static final int MAX_USER_AGENT = 512;

    private RequestActor() {
    }

    /** The acting admin as far as this service knows it; outside a request, the system itself. */
    public static Actor current(String actorType, String actorId) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Actor.system();
        }
        HttpServletRequest request = servlet.getRequest();
        return new Actor(actorType, actorId, clientAddress(request), userAgent(request));
    }

    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.getRemoteAddr();
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent == null) {
            return null;
        }
        return agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent;
    }
}
