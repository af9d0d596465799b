package io.simadmin.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode, plus W3C trace context.
 * The record value is the event's JSON and the record key its aggregate id.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private EventHeaders() {
    }
}
