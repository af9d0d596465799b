-- Read models of public users, reseller clients, orders and reseller credit. Like V1, all derived from events
-- and rebuildable by replaying the topics (clear messaging.processed_event of the analytics consumers with them).

-- One row per public user; the dashboard counts every row (users are blocked, never deleted). The name is kept
-- only to say whom a feed line is about; no contact data, never the ID document.
create table user_view (
    user_id        uuid         primary key,
    full_name      text,
    -- active, blocked or pending_verification
    status         text,
    city           text,
    country        text,
    registered_at  timestamptz,
    -- occurredAt of the newest event applied: an older event arriving late loses
    last_event_at  timestamptz  not null
);

-- One row per reseller client (clients have no deletion: an unwanted one becomes inactive).
create table client_view (
    client_id      uuid         primary key,
    reseller_id    uuid,
    client_name    text,
    -- active, inactive or suspended
    status         text,
    plan_type      text,
    added_at       timestamptz,
    last_event_at  timestamptz  not null
);
-- A reseller's clients by status (the reseller summary).
create index client_view_reseller_idx on client_view (reseller_id, status);

-- One row per order, minimal: enough to count orders per day, month, source and reseller.
create table order_view (
    order_id      uuid         primary key,
    order_number  text,
    -- app or reseller; null while only a status change has been seen
    source        text,
    reseller_id   uuid,
    client_id     uuid,
    user_id       uuid,
    -- null while only a status change has been seen: such an order is not counted until its placement arrives
    placed_at     timestamptz,
    status        text,
    status_at     timestamptz  not null
);
-- Orders today / this month are ranges of placed_at.
create index order_view_placed_at_idx on order_view (placed_at);

-- Per reseller: counters that move when a client or order is seen for the first time, the credit balance of the
-- newest credit event (its balanceAfter), and when anything last happened around the reseller.
create table reseller_stats (
    reseller_id       uuid           primary key,
    clients_count     bigint         not null default 0,
    orders_count      bigint         not null default 0,
    credit_balance    numeric(12,2),
    credit_at         timestamptz,
    last_activity_at  timestamptz    not null
);
