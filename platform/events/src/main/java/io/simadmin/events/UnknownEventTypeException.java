package io.simadmin.events;

/** A record carried a {@code ce_type} this build does not know: a newer producer, or a poison record. */
public class UnknownEventTypeException extends IllegalArgumentException {

    public UnknownEventTypeException(String type) {
        super("unknown event type " + type);
    }
}
