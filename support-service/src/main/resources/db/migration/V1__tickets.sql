-- Ticket numbers (TCK-<year>-<n>) come from ONE global sequence, not one per year: nextval never blocks or
-- takes a lock, needs no DDL at run time (a per-year sequence would have to be created at the first ticket
-- of a year, racing concurrent requests), and numbers stay unique across years by construction. The year
-- in the number is the year the ticket was opened; the counter does not restart on 1 January. A rolled-back
-- request leaves a gap, which is harmless for a ticket number.
create sequence ticket_number_seq as bigint start with 1;

-- The seed's SupportTicket. user_id and reseller_id refer to other services' rows (no foreign keys across
-- services); assigned_to is an admin id from auth-service.
create table support_ticket (
    id              uuid          primary key,
    ticket_number   varchar(50)   not null unique,
    user_id         uuid,
    reseller_id     uuid,
    subject         varchar(200)  not null,
    description     text          not null,
    priority        varchar(20)   not null default 'medium'
                                  check (priority in ('low', 'medium', 'high', 'urgent')),
    -- Sorting by priority or status must follow their meaning, not the alphabet.
    priority_rank   integer       generated always as (case priority when 'low' then 1 when 'medium' then 2
                                  when 'high' then 3 when 'urgent' then 4 end) stored,
    status          varchar(20)   not null default 'open'
                                  check (status in ('open', 'in_progress', 'resolved', 'closed')),
    status_rank     integer       generated always as (case status when 'open' then 1 when 'in_progress' then 2
                                  when 'resolved' then 3 when 'closed' then 4 end) stored,
    assigned_to     uuid,
    opened_by_type  varchar(20)   not null check (opened_by_type in ('admin', 'reseller', 'public_user', 'system')),
    opened_by_id    varchar(64),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    resolved_at     timestamptz,
    last_reply_at   timestamptz,
    version         bigint        not null default 0,
    -- A resolved (or later closed) ticket knows when it was resolved; an open one does not.
    constraint support_ticket_resolved_at_ck check ((status in ('resolved', 'closed')) = (resolved_at is not null))
);

create index support_ticket_created_idx on support_ticket (created_at desc, id);
create index support_ticket_status_idx on support_ticket (status, created_at desc);
create index support_ticket_assignee_idx on support_ticket (assigned_to, created_at desc) where assigned_to is not null;
create index support_ticket_user_idx on support_ticket (user_id, created_at desc) where user_id is not null;
create index support_ticket_reseller_idx on support_ticket (reseller_id, created_at desc) where reseller_id is not null;

-- Replies and internal notes, oldest first. Attachments come later (their own table, files in object storage).
create table ticket_reply (
    id           uuid         primary key,
    ticket_id    uuid         not null references support_ticket (id) on delete cascade,
    author_type  varchar(20)  not null check (author_type in ('admin', 'reseller', 'public_user', 'system')),
    author_id    varchar(64),
    author_name  varchar(200),
    body         text         not null,
    internal     boolean      not null,
    created_at   timestamptz  not null
);

create index ticket_reply_ticket_idx on ticket_reply (ticket_id, created_at, id);
