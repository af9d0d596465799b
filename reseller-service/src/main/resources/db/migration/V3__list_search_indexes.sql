-- Indexes for the reseller and client lists (issue 6, bench/lists.sh). Each expression is exactly the one
-- ResellerSearch / ClientSearch put in the WHERE clause, and the reseller ones carry the same "deleted_at is null"
-- that every reseller query has, or the planner cannot use them.
--
-- ?q= is a substring search (lower(col) LIKE '%q%'), which no btree can serve; pg_trgm's GIN indexes can, and the
-- planner ORs them into one bitmap. pg_trgm is a trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

create index if not exists reseller_business_name_trgm on reseller using gin (lower(business_name) gin_trgm_ops)
    where deleted_at is null;
create index if not exists reseller_contact_person_trgm on reseller using gin (lower(contact_person) gin_trgm_ops)
    where deleted_at is null;
create index if not exists reseller_email_trgm on reseller using gin (lower(email) gin_trgm_ops) where deleted_at is null;
create index if not exists reseller_phone_trgm on reseller using gin (phone gin_trgm_ops) where deleted_at is null;

-- Filters in the list's default order (created_at desc, id): a page is the first rows of one index range. They
-- supersede the single-column filter indexes of V1. INCLUDE (city) / (country) lets the page's count be an
-- index-only scan: an expression index holds lower(city), not city, and without the plain column PostgreSQL must
-- visit every matching table row to count it.
create index if not exists reseller_status_created_idx on reseller (status, created_at desc, id) where deleted_at is null;
create index if not exists reseller_status_city_idx on reseller (status, lower(city), created_at desc, id)
    include (city) where deleted_at is null;
create index if not exists reseller_status_country_idx on reseller (status, lower(country), created_at desc, id)
    include (country) where deleted_at is null;
create index if not exists reseller_city_created_idx on reseller (lower(city), created_at desc, id)
    include (city) where deleted_at is null;
create index if not exists reseller_country_created_idx on reseller (lower(country), created_at desc, id)
    include (country) where deleted_at is null;
drop index if exists reseller_status_idx;
drop index if exists reseller_city_idx;
drop index if exists reseller_country_idx;

create index if not exists reseller_client_name_trgm on reseller_client using gin (lower(client_name) gin_trgm_ops);
create index if not exists reseller_client_email_trgm on reseller_client using gin (lower(client_email) gin_trgm_ops);
create index if not exists reseller_client_phone_trgm on reseller_client using gin (client_phone gin_trgm_ops);
create index if not exists reseller_client_status_created_idx on reseller_client (status, created_at desc, id);
-- status + plan: its count is an index-only scan (INCLUDE (plan_type), as above) instead of ~17,000 table rows.
create index if not exists reseller_client_status_plan_idx on reseller_client (status, lower(plan_type), created_at desc, id)
    include (plan_type);
drop index if exists reseller_client_status_idx;
