-- The SIM plan catalog: orders take their price from here, never from the request.
create table plan (
    id                uuid          primary key,
    name              varchar(100)  not null,
    network_provider  varchar(50)   not null,
    sim_type          varchar(10)   not null check (sim_type in ('physical', 'esim')),
    price             numeric(12,2) not null check (price >= 0),
    currency          varchar(3)    not null check (currency ~ '^[A-Z]{3}$'),
    active            boolean       not null,
    description       varchar(1000),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);
-- One plan per name, provider and SIM type, whatever the case people type them in.
create unique index plan_identity_uq on plan (lower(name), lower(network_provider), sim_type);
create index plan_created_idx on plan (created_at, id);

-- ORD-YYYY-NNNNNN: the year is the order's, the number this sequence's (never reset, so unique on its own).
create sequence order_number_seq;

-- The seed's SimOrder. Prices, fees and tax are copied onto the order when it is placed, so old orders keep them.
-- customer_name and customer_phone are copied from the user or client projection for ?q= search without joins.
create table sim_order (
    id                        uuid          primary key,
    -- "C" collation: the unique index then also serves ?q=ORD-2026-00 prefix searches (LIKE 'ORD-2026-00%').
    order_number              varchar(20)   collate "C" not null unique,
    order_type                varchar(20)   not null check (order_type in ('app_user', 'reseller_client')),
    user_id                   uuid,
    reseller_id               uuid,
    client_id                 uuid,
    customer_name             text,
    customer_phone            text,
    plan_id                   uuid          not null references plan (id),
    sim_type                  varchar(10)   not null check (sim_type in ('physical', 'esim')),
    network_provider          varchar(50)   not null,
    plan_name                 varchar(100)  not null,
    plan_price                numeric(12,2) not null check (plan_price >= 0),
    currency                  varchar(3)    not null,
    delivery_address          varchar(500)  not null,
    delivery_fee              numeric(12,2) not null check (delivery_fee >= 0),
    tax_amount                numeric(12,2) not null check (tax_amount >= 0),
    service_charge            numeric(12,2) not null check (service_charge >= 0),
    total_amount              numeric(12,2) not null check (total_amount >= 0),
    payment_method            varchar(20)   not null,
    status                    varchar(20)   not null check (status in
                                  ('pending', 'confirmed', 'dispatched', 'delivered', 'activated', 'cancelled')),
    payment_status            varchar(20)   not null check (payment_status in ('pending', 'paid', 'failed', 'refunded')),
    delivery_tracking_number  varchar(100),
    courier                   varchar(100),
    expected_delivery_date    date,
    notes                     varchar(2000),
    cancelled_reason          varchar(500),
    created_by                varchar(100),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    delivered_at              timestamptz,
    activated_at              timestamptz,
    version                   bigint        not null default 0,
    constraint sim_order_party check (
        (order_type = 'app_user' and user_id is not null and reseller_id is null and client_id is null)
        or (order_type = 'reseller_client' and reseller_id is not null and client_id is not null and user_id is null))
);

-- Lists are read newest first (created_at desc, id desc) and paged by a keyset cursor on exactly that pair, so every
-- filter has an index that starts with its column and continues with (created_at, id): a page is one backward
-- range scan of it, however deep the cursor is. See README "Indexes".
create index sim_order_created_idx on sim_order (created_at, id);
create index sim_order_status_created_idx on sim_order (status, created_at, id);
create index sim_order_payment_status_created_idx on sim_order (payment_status, created_at, id);
create index sim_order_type_created_idx on sim_order (order_type, created_at, id);
create index sim_order_reseller_created_idx on sim_order (reseller_id, created_at, id) where reseller_id is not null;
create index sim_order_client_created_idx on sim_order (client_id, created_at, id) where client_id is not null;
create index sim_order_user_created_idx on sim_order (user_id, created_at, id) where user_id is not null;

-- ?q= over names and phones is a substring search, which only trigram indexes serve. pg_trgm is a trusted
-- extension, so the database owner may create it.
create extension if not exists pg_trgm;
create index sim_order_customer_name_trgm on sim_order using gin (lower(customer_name) gin_trgm_ops);
create index sim_order_customer_phone_trgm on sim_order using gin (customer_phone gin_trgm_ops);

-- Every status an order went through: from (null when placed), to, who, when and why.
create table order_status_history (
    id           bigint        generated always as identity primary key,
    order_id     uuid          not null references sim_order (id),
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    actor_type   varchar(20)   not null,
    actor_id     varchar(100),
    note         varchar(500),
    changed_at   timestamptz   not null
);
create index order_status_history_order_idx on order_status_history (order_id, id);

-- Read-only projections of other services' aggregates, built from their events (never from their databases).
-- as_of is the occurred_at of the newest event applied: an older event arriving late changes nothing.
create table user_ref (
    id         uuid        primary key,
    full_name  text,
    phone      text,
    status     varchar(30) not null,
    as_of      timestamptz not null
);

create table reseller_ref (
    id             uuid        primary key,
    business_name  text,
    status         varchar(20) not null,
    deleted        boolean     not null default false,
    as_of          timestamptz not null
);

create table client_ref (
    id             uuid          primary key,
    reseller_id    uuid          not null,
    client_name    text,
    client_phone   text,
    status         varchar(20)   not null,
    monthly_limit  numeric(12,2),
    as_of          timestamptz   not null
);
