package io.simadmin.gateway.problem;

/**
 * An RFC 9457 problem document. {@code requestId} is an extension member so that a user can quote the
 * id that ties their error to the logs of every service the request went through.
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    /** For errors the framework names well enough by status alone (RFC 9457 section 4.2.1). */
    public static final String GENERIC_TYPE = "about:blank";

    private static final String TYPE_PREFIX = "urn:problem-type:simadmin:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }
}
