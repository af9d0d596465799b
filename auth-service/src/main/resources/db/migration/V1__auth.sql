create table admin (
    id                   uuid         primary key,
    email                varchar(254) not null,
    username             varchar(50)  not null,
    first_name           varchar(100) not null,
    last_name            varchar(100) not null,
    role                 varchar(20)  not null check (role in ('super_admin', 'admin', 'moderator')),
    active               boolean      not null,
    -- Null until an invited admin sets a password.
    password_hash        varchar(200),
    password_changed_at  timestamptz,
    last_login           timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);
create unique index admin_email_uq on admin (lower(email));
create unique index admin_username_uq on admin (lower(username));
create index admin_role_idx on admin (role, active);
create index admin_created_at_idx on admin (created_at desc, id);

-- Failed sign-ins per login key: an admin's id, or a hash of a login that names nobody (so unknown logins lock
-- the same way and the lockout tells nothing about which accounts exist).
create table login_failure (
    login_key         varchar(80)  primary key,
    failures          int          not null,
    first_failure_at  timestamptz  not null,
    locked_until      timestamptz
);

-- Refresh tokens: opaque, stored as SHA-256. A family is one sign-in; each refresh replaces the token by a new
-- one of the same family, and presenting a replaced token revokes the family (someone copied it).
create table refresh_token (
    id                 uuid         primary key,
    family_id          uuid         not null,
    admin_id           uuid         not null references admin (id) on delete cascade,
    token_hash         varchar(64)  not null unique,
    remember_me        boolean      not null,
    family_expires_at  timestamptz  not null,
    created_at         timestamptz  not null,
    replaced_at        timestamptz,
    revoked_at         timestamptz
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_admin_idx on refresh_token (admin_id) where revoked_at is null;

-- Single-use links to set a password: reset (30 min) or invitation. Stored as SHA-256.
create table password_token (
    id          uuid         primary key,
    admin_id    uuid         not null references admin (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    purpose     varchar(10)  not null check (purpose in ('reset', 'invite')),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index password_token_admin_idx on password_token (admin_id) where used_at is null;

-- Token signing keys. The private key is encrypted (AES-GCM) under the key-encryption key from configuration.
create table signing_key (
    kid           varchar(64)  primary key,
    public_key    bytea        not null,
    private_key   bytea        not null,
    created_at    timestamptz  not null,
    -- Published from created_at; signs from activates_at, so caches of the key set know it first.
    activates_at  timestamptz  not null
);

-- Partner API clients (OAuth2 client credentials). The secret is stored as SHA-256: it is 256 random bits.
create table api_client (
    id            uuid          primary key,
    client_id     varchar(64)   not null unique,
    secret_hash   varchar(64)   not null,
    name          varchar(100)  not null,
    reseller_id   uuid          not null,
    scopes        varchar(500)  not null,
    created_by    uuid,
    created_at    timestamptz   not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_client_reseller_idx on api_client (reseller_id) where revoked_at is null;
