-- The seed's ResellerClient. Money columns (monthly limit and usage are amounts, since usage grows by order totals).
create table reseller_client (
    id              uuid          primary key,
    reseller_id     uuid          not null references reseller (id),
    client_name     varchar(100)  not null,
    client_email    varchar(254)  not null,
    client_phone    varchar(20)   not null,
    plan_type       varchar(50)   not null,
    status          varchar(20)   not null check (status in ('active', 'inactive', 'suspended')),
    -- 0 = the client has no limit of its own; the reseller's credit limit still applies.
    monthly_limit   numeric(12,2) not null default 0 check (monthly_limit >= 0),
    -- Order totals reserved in usage_month; a reservation in a later month starts again from 0.
    current_usage   numeric(12,2) not null default 0 check (current_usage >= 0),
    usage_month     date          not null,
    created_by      varchar(64),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);

create index reseller_client_reseller_idx on reseller_client (reseller_id, created_at desc, id);
create index reseller_client_created_at_idx on reseller_client (created_at desc, id);
create index reseller_client_status_idx on reseller_client (status);
create index reseller_client_plan_idx on reseller_client (lower(plan_type));

-- The credit ledger: every change of a reseller's balance, append-only, so the balance is always explainable.
create table credit_entry (
    id              uuid          primary key,
    reseller_id     uuid          not null references reseller (id),
    seq             bigint        generated always as identity,
    kind            varchar(20)   not null check (kind in ('reservation', 'release', 'commission', 'adjustment')),
    amount          numeric(12,2) not null check (amount <> 0),
    balance_after   numeric(12,2) not null,
    order_id        uuid,
    actor_type      varchar(20)   not null,
    actor_id        varchar(64),
    reason          varchar(500),
    created_at      timestamptz   not null
);

create index credit_entry_reseller_idx on credit_entry (reseller_id, seq desc);
-- One commission per order: payment-service may republish it under a new event id after a replay.
create unique index credit_entry_commission_uq on credit_entry (order_id) where kind = 'commission';

create function credit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'credit_entry is append-only: correct a balance with an adjustment entry';
end $$;

create trigger credit_entry_append_only before update or delete on credit_entry
    for each row execute function credit_entry_is_append_only();

-- What is reserved for each reseller order, so that a cancellation releases exactly that, once.
create table credit_reservation (
    order_id        uuid          primary key,
    reseller_id     uuid          not null references reseller (id),
    client_id       uuid          references reseller_client (id),
    amount          numeric(12,2) not null check (amount > 0),
    usage_month     date,
    status          varchar(20)   not null check (status in ('reserved', 'released')),
    reserved_at     timestamptz   not null,
    released_at     timestamptz
);

create index credit_reservation_reseller_idx on credit_reservation (reseller_id);
