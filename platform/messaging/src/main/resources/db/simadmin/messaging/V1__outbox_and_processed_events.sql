-- Owned by platform-messaging. Events wait here, written in the same transaction as the state change they
-- describe, until the relay has had them acknowledged by Kafka.
create table messaging.outbox (
    seq          bigserial    primary key,
    event_id     uuid         not null unique,
    topic        text         not null,
    event_key    text         not null,
    event_type   text         not null,
    source       text         not null,
    occurred_at  timestamptz  not null,
    traceparent  text,
    payload      text         not null,
    created_at   timestamptz  not null default clock_timestamp(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
-- The relay only ever looks for unsent rows, oldest first.
create index outbox_unsent_idx on messaging.outbox (seq) where sent_at is null;
create index outbox_sent_at_idx on messaging.outbox (sent_at) where sent_at is not null;

-- One row per event a consumer has applied: the guard that makes redelivery harmless.
create table messaging.processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
