package io.simadmin.web.versioning;

import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.ProblemTypes;
import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * Optimistic locking as every service exposes it: the row's version is the ETag ({@code "3"}); a client sends it
 * back as {@code If-Match} (stale → 412, HTTP's precondition) or as {@code version} in the body (stale → 409, a
 * conflict the client resolves by reloading).
 */
public final class Versions {

    private Versions() {
    }

    /** The ETag of a version, quoted as HTTP wants it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @return the version an {@code If-Match} header carries ({@code "3"} or {@code W/"3"}), or null when absent */
    public static Long fromIfMatch(String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be the ETag of the " + resource + ", e.g. \"3\"");
        }
    }

    /** Refuses the change when the client's copy of {@code resource} is older than {@code current}. */
    public static void check(String resource, long current, Long ifMatch, Long bodyVersion) {
        if (ifMatch != null && ifMatch != current) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.CONCURRENT_CHANGE,
                    "Changed by someone else", "This " + resource + " is at version " + current + ", not " + ifMatch
                    + ". Reload it, then apply your change again.");
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw new ConflictException(ProblemTypes.CONCURRENT_CHANGE, "Changed by someone else",
                    "This " + resource + " is at version " + current + ", not " + bodyVersion
                            + ". Reload it, then apply your change again.",
                    Map.of("currentVersion", current));
        }
    }
}
