package io.simadmin.messaging.outbox;

/** The W3C {@code traceparent} to attach to an event written now, or {@code null} when there is none. */
@FunctionalInterface
public interface TraceparentSource {

    String current();
}
