-- The seed's PublicUser (db_table public_users), plus the country for address and phone checks, the plan kept
-- from order events, and optimistic locking. The ID document number is stored only encrypted (AES-GCM); the
-- hint is the few trailing characters that lists and moderators see (never more than half of the number).
create table public_user (
    id                      uuid          primary key,
    full_name               varchar(100)  not null,
    email                   varchar(254)  not null,
    phone                   varchar(20)   not null,
    address                 varchar(1000) not null,
    city                    varchar(100)  not null,
    state                   varchar(100)  not null,
    postal_code             varchar(20)   not null,
    country                 varchar(2)    not null,
    date_of_birth           date          not null,
    id_document_type        varchar(50)   not null,
    id_document_number_enc  bytea         not null,
    id_document_hint        varchar(4)    not null,
    status                  varchar(30)   not null check (status in ('active', 'blocked', 'pending_verification')),
    email_verified_at       timestamptz,
    phone_verified_at       timestamptz,
    -- The plan of the user's latest order; filled from order events once order-service publishes them.
    current_plan            varchar(100),
    created_by              varchar(64),
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0
);

-- Emails are stored lowercased and phones normalized (+ and digits), so these indexes decide uniqueness.
create unique index public_user_email_uq on public_user (lower(email));
create unique index public_user_phone_uq on public_user (phone);
create index public_user_created_at_idx on public_user (created_at desc, id);
create index public_user_status_idx on public_user (status, created_at desc, id);
create index public_user_city_idx on public_user (lower(city));
create index public_user_plan_idx on public_user (lower(current_plan)) where current_plan is not null;
