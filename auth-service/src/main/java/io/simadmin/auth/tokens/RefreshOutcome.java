package io.simadmin.auth.tokens;

import java.util.UUID;

/** What presenting a refresh token led to. Only {@link Rotated} lets the caller in. */
public sealed interface RefreshOutcome {

    record Rotated(IssuedRefreshToken next) implements RefreshOutcome {
    }

    /** Unknown, expired or revoked: no session to continue. */
    record Invalid() implements RefreshOutcome {
    }

    /** A token that had already been replaced came back: its family is now revoked. */
    record Reused(UUID adminId, UUID familyId, int revoked) implements RefreshOutcome {
    }
}
