-- Read models only: everything here is derived from events and can be dropped and rebuilt by replaying
-- the topics from the beginning (the consumers' processed_event rows must be cleared with it).

-- One row per reseller the suite has told us about; the dashboard counts the rows not removed.
create table reseller_view (
    reseller_id    uuid         primary key,
    business_name  text,
    -- pending, active or suspended; null while only a removal has been seen (events replayed out of order)
    status         text,
    city           text,
    country        text,
    registered_at  timestamptz,
    removed        boolean      not null default false,
    removed_at     timestamptz,
    -- occurredAt of the newest event applied to the snapshot fields: an older event arriving late loses
    last_event_at  timestamptz  not null
);

-- The seed's ActivityLog: who did what, when, from where, in plain words.
create table activity_log (
    id            bigint       generated always as identity primary key,
    event_id      uuid         not null unique,
    actor_type    text         not null,
    actor_id      text,
    action        text         not null,
    description   text         not null,
    subject_type  text,
    subject_id    text,
    ip_address    text,
    user_agent    text,
    occurred_at   timestamptz  not null
);
-- The feed reads newest first and pages with (occurred_at, id) cursors.
create index activity_log_occurred_at_idx on activity_log (occurred_at desc, id desc);
create index activity_log_actor_type_idx on activity_log (actor_type, occurred_at desc);
create index activity_log_action_idx on activity_log (action, occurred_at desc);
-- A record's own history (the seed's reseller details page shows its activity).
create index activity_log_subject_idx on activity_log (subject_type, subject_id, occurred_at desc);
