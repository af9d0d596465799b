-- The seed's Transaction: payments of app orders, their refunds, resellers' commissions and credit bookings.
create sequence transaction_number_seq;

create table transactions (
    id                      uuid          primary key,
    transaction_number      varchar(32)   not null unique,
    type                    varchar(12)   not null check (type in ('payment', 'refund', 'commission', 'credit')),
    status                  varchar(12)   not null check (status in ('pending', 'completed', 'failed', 'cancelled')),
    order_id                uuid,
    order_number            varchar(50),
    user_id                 uuid,
    reseller_id             uuid,
    amount                  numeric(12,2) not null check (amount > 0),
    currency                varchar(3)    not null,
    payment_method          varchar(30),
    gateway                 varchar(40),
    gateway_transaction_id  varchar(255),
    -- What the gateway answered, reduced to non-secret fields (never card data, client secrets or keys).
    gateway_response        jsonb         not null default '{}'::jsonb,
    -- A refund points at the payment it gives money back from.
    parent_id               uuid          references transactions (id),
    reason                  varchar(500),
    failure_code            varchar(40),
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    completed_at            timestamptz,
    version                 bigint        not null default 0,
    check ((type = 'refund') = (parent_id is not null))
);

-- Lists are newest first and filtered by one of these; every index ends in (created_at, id) for keyset paging.
create index transactions_created_idx on transactions (created_at desc, id desc);
create index transactions_reseller_idx on transactions (reseller_id, created_at desc, id desc) where reseller_id is not null;
create index transactions_user_idx on transactions (user_id, created_at desc, id desc) where user_id is not null;
create index transactions_type_status_idx on transactions (type, status, created_at desc, id desc);
create index transactions_order_idx on transactions (order_id) where order_id is not null;
create index transactions_parent_idx on transactions (parent_id) where parent_id is not null;
create index transactions_number_prefix_idx on transactions (transaction_number varchar_pattern_ops);
create index transactions_order_number_prefix_idx on transactions (order_number varchar_pattern_ops) where order_number is not null;

-- An order has at most one payment that is waiting or paid (a failed one may be followed by another try),
-- one commission and one credit booking: a repeated event can never create a second.
create unique index transactions_one_live_payment_uq on transactions (order_id)
    where type = 'payment' and status in ('pending', 'completed');
create unique index transactions_one_commission_uq on transactions (order_id) where type = 'commission';
create unique index transactions_one_credit_uq on transactions (order_id) where type = 'credit';

-- Every call to a gateway that may move money, recorded (and committed) before the call is made. An attempt left
-- in flight by a crash is finished by the reconciler, which asks the gateway by the idempotency key.
create table payment_attempt (
    id                 uuid          primary key,
    transaction_id     uuid          not null references transactions (id),
    kind               varchar(10)   not null check (kind in ('charge', 'refund')),
    gateway            varchar(40)   not null,
    idempotency_key    varchar(255)  not null unique,
    state              varchar(12)   not null check (state in ('in_flight', 'succeeded', 'failed')),
    gateway_reference  varchar(255),
    failure_code       varchar(40),
    last_error         varchar(500),
    checks             integer       not null default 0,
    started_at         timestamptz   not null,
    next_check_at      timestamptz,
    finished_at        timestamptz
);
create unique index payment_attempt_one_in_flight_uq on payment_attempt (transaction_id) where state = 'in_flight';
create index payment_attempt_in_flight_idx on payment_attempt (started_at) where state = 'in_flight';
create index payment_attempt_reference_idx on payment_attempt (gateway, gateway_reference) where gateway_reference is not null;

-- What payment-service knows of orders, from order-service's events (never from its database).
create table known_order (
    order_id          uuid          primary key,
    order_number      varchar(50),
    -- null until OrderPlaced was seen (a status change may be seen first when events are replayed out of order)
    source            varchar(10)   check (source in ('app', 'reseller')),
    user_id           uuid,
    reseller_id       uuid,
    client_id         uuid,
    plan_name         varchar(200),
    total             numeric(12,2),
    currency          varchar(3),
    payment_method    varchar(30),
    placed_at         timestamptz,
    status            varchar(20),
    cancelled_at      timestamptz,
    delivered_at      timestamptz,
    commission_state  varchar(10)   not null default 'none'
        check (commission_state in ('none', 'waiting', 'accrued', 'skipped')),
    updated_at        timestamptz   not null
);
create index known_order_commission_waiting_idx on known_order (reseller_id) where commission_state = 'waiting';

-- Resellers' commission rates, from reseller-service's events.
create table reseller_rate (
    reseller_id      uuid          primary key,
    business_name    varchar(200),
    commission_rate  numeric(5,2)  not null check (commission_rate between 0 and 100),
    as_of            timestamptz   not null
);

-- The sandbox gateway's own books. It stands in for an external system, so it writes them outside our transactions
-- (as a real gateway would have charged whether or not our commit follows).
create table sandbox_operation (
    idempotency_key   varchar(255)  primary key,
    kind              varchar(10)   not null check (kind in ('charge', 'refund')),
    reference         varchar(64)   not null unique,
    parent_reference  varchar(64),
    amount            numeric(12,2) not null,
    currency          varchar(3)    not null,
    outcome           varchar(30)   not null,
    created_at        timestamptz   not null default now()
);
