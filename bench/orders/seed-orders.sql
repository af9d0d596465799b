-- bench/orders.sh: one million SIM orders for the list figures, straight into order-service's database (no outbox
-- events, no status history: lists read neither). Idempotent: does nothing once its bench plans exist (made in the
-- same transaction). Orders are numbered ORD-<year>-Bnnnnnnn (never a number the service makes),
-- created_by 'bench', one every 30 s back from now (~347 days), and ordered by two bench plans made here.
-- Statuses, sources and payment states are independent pseudo-random picks (hashint4), so each filter is as selective
-- as its share: pending 15 %, reseller orders 30 %, failed payments ~7 %.
\set ON_ERROR_STOP on
select not exists (select 1 from plan where id = '00000000-0000-7000-8000-0000000be001') as need_seed \gset
\if :need_seed
begin;
insert into plan (id, name, network_provider, sim_type, price, currency, active, description, created_at, updated_at, version)
values ('00000000-0000-7000-8000-0000000be001', 'Bench Seed 10GB', 'BenchNet', 'physical', 15.00, 'EUR', true, 'bench', now(), now(), 0),
       ('00000000-0000-7000-8000-0000000be002', 'Bench Seed eSIM 20GB', 'BenchNet', 'esim', 25.00, 'EUR', true, 'bench', now(), now(), 0)
on conflict do nothing;
insert into sim_order (id, order_number, order_type, user_id, reseller_id, client_id, customer_name, customer_phone, plan_id,
                       sim_type, network_provider, plan_name, plan_price, currency, delivery_address, delivery_fee,
                       tax_amount, service_charge, total_amount, payment_method, status, payment_status, courier,
                       delivery_tracking_number, created_by, created_at, updated_at, delivered_at, activated_at, version)
select uuidv7(t.created_at - now()),
       'ORD-' || extract(year from t.created_at) || '-B' || lpad(g::text, 7, '0'),
       p.order_type,
       case when p.order_type = 'app_user' then md5('bench-user-' || h.h2 % 50000)::uuid end,
       case when p.order_type = 'reseller_client' then md5('bench-reseller-' || h.h2 % 200)::uuid end,
       case when p.order_type = 'reseller_client' then md5('bench-client-' || h.h2 % 20000)::uuid end,
       f.first || ' ' || l.last, '+2348' || lpad((h.h2 % 100000000)::text, 9, '0'),
       pl.id, pl.sim_type, pl.network_provider, pl.name, pl.price, pl.currency,
       (g % 300) || ' Bench Street, Lagos', q.fee, q.tax, 1.00, pl.price + q.fee + q.tax + 1.00,
       case when p.order_type = 'reseller_client' then 'reseller_credit'
            else (array['card', 'card', 'mobile_money', 'bank_transfer', 'cash_on_delivery'])[1 + h.h4 % 5] end,
       s.status, s.payment_status,
       case when s.status in ('dispatched', 'delivered', 'activated') then 'Bench Courier' end,
       case when s.status in ('dispatched', 'delivered', 'activated') then 'TRK' || g end,
       'bench', t.created_at, t.created_at,
       case when s.status in ('delivered', 'activated') then t.created_at + interval '2 days' end,
       case when s.status = 'activated' then t.created_at + interval '3 days' end,
       0
from generate_series(1, 1000000) g
-- Independent pseudo-random picks per row (hashint4 is deterministic), so filters do not correlate with each other.
cross join lateral (select abs(hashint4(g)::bigint) as h1, abs(hashint4(g + 10000000)::bigint) as h2,
                           abs(hashint4(g + 20000000)::bigint) as h3, abs(hashint4(g + 30000000)::bigint) as h4) h
cross join lateral (select now() - g * interval '30 seconds' as created_at) t
cross join lateral (select case when h.h1 % 10 < 7 then 'app_user' else 'reseller_client' end as order_type) p
cross join lateral (select * from plan where id = case when h.h3 % 3 = 0 then '00000000-0000-7000-8000-0000000be002'::uuid
                                                   else '00000000-0000-7000-8000-0000000be001'::uuid end) pl
cross join lateral (select case when pl.sim_type = 'physical' then 5.00 else 0.00 end as fee) d
cross join lateral (select d.fee, round((pl.price + d.fee + 1.00) * 0.10, 2) as tax) q
cross join lateral (select case when h.h4 % 100 < 15 then 'pending' when h.h4 % 100 < 25 then 'confirmed'
                                when h.h4 % 100 < 35 then 'dispatched' when h.h4 % 100 < 50 then 'delivered'
                                when h.h4 % 100 < 92 then 'activated' else 'cancelled' end as status) st
cross join lateral (select st.status, case
        when st.status = 'pending' then (case when h.h2 % 3 = 0 then 'failed' else 'pending' end)
        when st.status = 'cancelled' then (case when h.h3 % 2 = 0 then 'refunded' else 'failed' end)
        else 'paid' end as payment_status) s
cross join lateral (select (array['Amina','Chinedu','Ngozi','Tunde','Fatima','Emeka','Aisha','Kwame','Ama','Kofi',
        'Zainab','Ibrahim','Grace','John','Mary','Peter','Sarah','David','Esther','Samuel'])[1 + h.h3 % 20] as first) f
cross join lateral (select (array['Okafor','Adeyemi','Bello','Okonkwo','Mensah','Owusu','Boateng','Asante','Diallo',
        'Traore','Ogunleye','Eze','Nwosu','Abubakar','Mohammed','Danjuma','Afolabi','Balogun','Oyelaran','Chukwu',
        'Nwachukwu','Ibekwe','Adebayo','Olawale','Ogunbiyi','Oladipo','Akande','Lawal','Sanni','Yusuf','Aliyu',
        'Osei','Appiah','Darko','Kuffour','Agyeman','Ansah','Quaye','Tetteh','Addo','Amoah','Sarpong','Kamara',
        'Conteh','Sesay','Koroma','Bangura','Turay','Jalloh','Barrie'])[1 + (h.h1 / 10) % 50] as last) l;
commit;
\endif
