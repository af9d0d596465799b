-- Owned by platform-web: idempotent POST requests and their first answers.
create table idempotency.request (
    scope         text        not null,
    key           text        not null,
    request_hash  char(64)    not null,
    status        integer,
    content_type  text,
    location      text,
    body          bytea,
    created_at    timestamptz not null,
    completed_at  timestamptz,
    primary key (scope, key)
);
create index request_created_at_idx on idempotency.request (created_at);
