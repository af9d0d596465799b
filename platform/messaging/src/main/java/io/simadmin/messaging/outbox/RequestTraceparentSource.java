package io.simadmin.messaging.outbox;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Continues the trace of the HTTP request that caused the event when it carried one, else starts a new one,
 * so that every event can be followed from its cause to each consumer.
 */
public class RequestTraceparentSource implements TraceparentSource {

    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String incoming = request.getHeader("traceparent");
            if (incoming != null && TRACEPARENT.matcher(incoming).matches()) {
                return incoming;
            }
        }
        return newRoot();
    }

    static String newRoot() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
