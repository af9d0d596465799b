-- Indexes for the user list at a million rows (issue 6, bench/lists.sh). Each expression is exactly the one
-- UserSearch puts in the WHERE clause, or the planner cannot use it.
--
-- ?q= is a substring search (lower(col) LIKE '%q%'), which no btree can serve; pg_trgm's GIN indexes can, and the
-- planner ORs the three into one bitmap. pg_trgm is a trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

create index if not exists public_user_full_name_trgm on public_user using gin (lower(full_name) gin_trgm_ops);
create index if not exists public_user_email_trgm on public_user using gin (lower(email) gin_trgm_ops);
create index if not exists public_user_phone_trgm on public_user using gin (phone gin_trgm_ops);

-- Filters in the list's default order (created_at desc, id): a page is the first rows of one index range.
-- INCLUDE (city) / (country) is for the page's count: PostgreSQL answers from the index alone (an index-only scan)
-- only when it holds every column the query names, and an expression index holds lower(city), not city; without
-- it, counting 'active' users of one city visited ~27,000 table rows (430 ms) instead of index entries (3 ms).
create index if not exists public_user_status_city_idx on public_user (status, lower(city), created_at desc, id)
    include (city);
create index if not exists public_user_status_country_idx on public_user (status, lower(country), created_at desc, id)
    include (country);
create index if not exists public_user_city_created_idx on public_user (lower(city), created_at desc, id) include (city);
create index if not exists public_user_country_created_idx on public_user (lower(country), created_at desc, id)
    include (country);
-- Superseded by public_user_city_created_idx, which starts with the same expression.
drop index if exists public_user_city_idx;
