create table reseller (
    id                  uuid          primary key,
    business_name       varchar(200)  not null,
    contact_person      varchar(100)  not null,
    email               varchar(254)  not null,
    phone               varchar(20)   not null,
    address             text          not null,
    city                varchar(100)  not null,
    state               varchar(100)  not null,
    country             varchar(100)  not null,
    status              varchar(20)   not null check (status in ('active', 'suspended', 'pending')),
    credit_limit        numeric(12,2) not null default 0 check (credit_limit >= 0),
    current_balance     numeric(12,2) not null default 0,
    commission_rate     numeric(5,2)  not null default 0 check (commission_rate between 0 and 100),
    created_by          varchar(64),
    first_activated_at  timestamptz,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    deleted_at          timestamptz,
    version             bigint        not null default 0
);

-- An email identifies one live reseller; a deleted reseller's email may be used again.
create unique index reseller_email_live_uq on reseller (lower(email)) where deleted_at is null;
create index reseller_status_idx on reseller (status) where deleted_at is null;
create index reseller_created_at_idx on reseller (created_at desc, id) where deleted_at is null;
create index reseller_city_idx on reseller (lower(city)) where deleted_at is null;
create index reseller_country_idx on reseller (lower(country)) where deleted_at is null;
