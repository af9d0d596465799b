-- bench/lists.sh: 100,000 resellers and 100,000 reseller clients, straight into reseller-service's database.
-- Idempotent: does nothing once the first bench reseller exists (found through the live-email unique index).
\set ON_ERROR_STOP on
select not exists (select 1 from reseller where lower(email) = 'bench.reseller.1@bench.example' and deleted_at is null)
       as need_seed \gset
\if :need_seed
begin;
insert into reseller (id, business_name, contact_person, email, phone, address, city, state, country, status,
                      credit_limit, current_balance, commission_rate, created_by, first_activated_at, created_at,
                      updated_at, deleted_at, version)
select uuidv7(t.created_at - now()),
       b.word || ' ' || s.suffix || ' ' || g,
       (array['Amina','Chinedu','Ngozi','Tunde','Fatima','Emeka','Kwame','Ama','Kofi','Grace'])[1 + h.h3 % 10] || ' ' ||
       (array['Okafor','Adeyemi','Bello','Mensah','Owusu','Diallo','Traore','Kamara','Obi','Osei'])[1 + h.h4 % 10],
       'bench.reseller.' || g || '@bench.example',
       '+2347' || lpad(g::text, 9, '0'),
       (g % 300) || ' Market Road',
       c.city, c.city || ' State', c.country,
       case when h.h1 % 20 < 15 then 'active' when h.h1 % 20 < 18 then 'pending' else 'suspended' end,
       1000 + (g % 50) * 100, 0, 5, 'bench',
       case when h.h1 % 20 < 15 then t.created_at end,
       t.created_at, t.created_at,
       -- 2 % deleted: they must stay out of every list.
       case when g % 50 = 0 then t.created_at + interval '1 day' end, 0
from generate_series(1, 100000) g
-- Independent pseudo-random picks per row (hashint4 is deterministic), so filters do not correlate with each other.
cross join lateral (select abs(hashint4(g)::bigint) as h1, abs(hashint4(g + 10000000)::bigint) as h2,
                           abs(hashint4(g + 20000000)::bigint) as h3, abs(hashint4(g + 30000000)::bigint) as h4) h
cross join lateral (select now() - g * interval '5 minutes' as created_at) t
cross join lateral (select (array['Sunrise','Lagoon','Savanna','Baobab','Harmattan','Kilimanjaro','Volta','Niger',
        'Sahel','Atlantic','Rift','Zambezi','Delta','Coastal','Highland','Golden','Unity','Victory','Prime','Swift'])
        [1 + h.h3 % 20] as word) b
cross join lateral (select (array['Telecom','Mobile','Connect','Wireless','SIM Shop','Networks','Communications',
        'Phones','Data','Digital'])[1 + h.h4 % 10] as suffix) s
cross join lateral (select (array['Lagos','Lagos','Abuja','Kano','Ibadan','Port Harcourt','Accra','Kumasi','Nairobi',
        'Mombasa','Kampala','Dar es Salaam','Dakar','Abidjan','Freetown','Johannesburg','Cape Town','Kigali','Lusaka',
        'Enugu'])[1 + h.h2 % 20] as city) cc
cross join lateral (select cc.city, case
        when cc.city in ('Lagos','Abuja','Kano','Ibadan','Port Harcourt','Enugu') then 'NG'
        when cc.city in ('Accra','Kumasi') then 'GH' when cc.city in ('Nairobi','Mombasa') then 'KE'
        when cc.city = 'Kampala' then 'UG' when cc.city = 'Dar es Salaam' then 'TZ' when cc.city = 'Dakar' then 'SN'
        when cc.city = 'Abidjan' then 'CI' when cc.city = 'Freetown' then 'SL' when cc.city = 'Kigali' then 'RW'
        when cc.city = 'Lusaka' then 'ZM' else 'ZA' end as country) c;

-- Clients of the first 20,000 live bench resellers, 5 each.
with owners as (
    select id, row_number() over (order by email) - 1 as n
    from reseller where created_by = 'bench' and deleted_at is null and status = 'active'
    order by email limit 20000
)
insert into reseller_client (id, reseller_id, client_name, client_email, client_phone, plan_type, status,
                             monthly_limit, current_usage, usage_month, created_by, created_at, updated_at, version)
select uuidv7(t.created_at - now()), o.id,
       (array['Amina','Chinedu','Ngozi','Tunde','Fatima','Emeka','Aisha','Kwame','Ama','Kofi','Zainab','Ibrahim',
              'Grace','John','Mary','Peter','Sarah','David','Esther','Samuel'])[1 + g % 20] || ' ' ||
       (array['Okafor','Adeyemi','Bello','Okonkwo','Mensah','Owusu','Boateng','Asante','Diallo','Traore','Ogunleye',
              'Eze','Nwosu','Abubakar','Mohammed','Danjuma','Afolabi','Balogun','Chukwu','Kamara','Sesay','Koroma',
              'Jalloh','Kanu','Obi'])[1 + (g / 20) % 25],
       'bench.client.' || g || '@bench.example',
       '+2348' || lpad(g::text, 9, '0'),
       (array['Basic 5GB','Plus 20GB','Unlimited','Data 50GB','Business'])[1 + g % 5],
       case when abs(hashint4(g)::bigint) % 20 < 17 then 'active' when abs(hashint4(g)::bigint) % 20 < 19 then 'inactive' else 'suspended' end,
       case when g % 4 = 0 then 0 else 500 end, 0, date_trunc('month', now())::date, 'bench',
       t.created_at, t.created_at, 0
from generate_series(0, 99999) g
join owners o on o.n = g % 20000
cross join lateral (select now() - g * interval '5 minutes' as created_at) t;
commit;
\endif
