-- Indexes for the ticket list (issue 6, bench/lists.sh). Each expression is exactly the one TicketSearch puts in
-- the WHERE clause, or the planner cannot use it.
--
-- ?q= is a substring search (lower(subject) LIKE '%q%' or ticket_number LIKE '%Q%'), which no btree can serve;
-- pg_trgm's GIN indexes can. pg_trgm is a trusted extension, so the database owner may create it.
create extension if not exists pg_trgm;

create index if not exists support_ticket_subject_trgm on support_ticket using gin (lower(subject) gin_trgm_ops);
create index if not exists support_ticket_number_trgm on support_ticket using gin (ticket_number gin_trgm_ops);

-- The status filter in the list's full default order (created_at desc, id), so a page needs no sort step.
create index if not exists support_ticket_status_created_idx on support_ticket (status, created_at desc, id);
drop index if exists support_ticket_status_idx;
