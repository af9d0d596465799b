package io.simadmin.web.problem;

import java.net.URI;

/** Problem type URIs: stable names a client can switch on. */
public final class ProblemTypes {

    public static final String VALIDATION = "validation";
    public static final String UNREADABLE = "unreadable-body";
    public static final String CONCURRENT_CHANGE = "concurrent-change";
    public static final String DATA_CONFLICT = "data-conflict";
    public static final String INTERNAL = "internal-error";

    private static final String PREFIX = "urn:problem-type:simadmin:";

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create(PREFIX + slug);
    }
}
