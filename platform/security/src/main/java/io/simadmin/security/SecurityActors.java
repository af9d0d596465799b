package io.simadmin.security;

import io.simadmin.events.Actor;
import io.simadmin.web.request.RequestActor;

/**
 * The {@link Actor} of events caused by the current request: the admin by id ({@code sub}), or a partner as its
 * reseller ({@code reseller_id}), plus address and user agent from {@link RequestActor}. Lives here so that
 * platform-web does not need to know about tokens.
 */
public final class SecurityActors {

    private SecurityActors() {
    }

    /** Outside a request: the system; with security switched off (local runs only): an admin without id. */
    public static Actor current() {
        return CurrentCaller.current().map(SecurityActors::of).orElseGet(() -> RequestActor.current(Actor.ADMIN, null));
    }

    static Actor of(CurrentCaller caller) {
        if (caller.isPartner()) {
            return RequestActor.current(Actor.RESELLER, caller.resellerId() == null ? null : caller.resellerId().toString());
        }
        return RequestActor.current(Actor.ADMIN, caller.subject());
    }
}
