-- bench/lists.sh: 100,000 support tickets, straight into support-service's database.
-- Idempotent: does nothing once a bench ticket exists. Numbers come from ticket_number_seq, as the service's
-- do, so tickets opened later never collide with the bench's.
\set ON_ERROR_STOP on
select not exists (select 1 from support_ticket where opened_by_id = 'bench' limit 1) as need_seed \gset
\if :need_seed
begin;
insert into support_ticket (id, ticket_number, user_id, reseller_id, subject, description, priority, status,
                            assigned_to, opened_by_type, opened_by_id, created_at, updated_at, resolved_at,
                            last_reply_at, version)
select uuidv7(t.created_at - now()),
       'TCK-' || extract(year from t.created_at)::int || '-' || nextval('ticket_number_seq'),
       case when g % 3 <> 0 then uuidv7() end,
       case when g % 3 = 0 then uuidv7() end,
       (array['SIM not activating','Cannot top up','Data bundle not applied','Porting request stuck',
              'Refund for failed order','Wrong plan charged','SIM swap after loss','No network in area',
              'Invoice missing','Account blocked'])[1 + g % 10] || ' #' || g,
       'Bench ticket ' || g, (array['low','medium','medium','high','urgent'])[1 + g % 5], s.status,
       case when g % 4 <> 0 then ('00000000-0000-7000-8000-' || lpad((g % 10)::text, 12, '0'))::uuid end,
       'system', 'bench', t.created_at, t.created_at,
       case when s.status in ('resolved', 'closed') then t.created_at + interval '1 hour' end, null, 0
from generate_series(1, 100000) g
cross join lateral (select now() - g * interval '5 minutes' as created_at) t
cross join lateral (select case when abs(hashint4(g)::bigint) % 10 < 2 then 'open' when abs(hashint4(g)::bigint) % 10 < 3 then 'in_progress'
                                when abs(hashint4(g)::bigint) % 10 < 6 then 'resolved' else 'closed' end as status) s;
commit;
\endif
