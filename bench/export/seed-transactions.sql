-- 1,000,000 completed payments for bench/export.sh, one every 30 s from 2025-01-01 (so 2025-01-01 .. 2025-12-14),
-- straight into payment-service's database. Idempotent: nothing happens once bench rows exist. They are marked
-- gateway = 'bench' and numbered TXN-BENCH-nnnnnnn / ORD-BENCH-nnnnnnn, so they never collide with real ones.
insert into transactions (id, transaction_number, type, status, order_id, order_number, user_id, amount, currency,
                          payment_method, gateway, gateway_transaction_id, gateway_response, created_at, updated_at,
                          completed_at, version)
select gen_random_uuid(), 'TXN-BENCH-' || lpad(g::text, 7, '0'), 'payment', 'completed', gen_random_uuid(),
       'ORD-BENCH-' || lpad(g::text, 7, '0'), gen_random_uuid(), (5 + g % 200)::numeric(12,2) + 0.99, 'EUR', 'card',
       'bench', 'sbx_ch_bench' || g, '{"gateway": "bench", "status": "succeeded"}'::jsonb, ts, ts, ts, 0
from generate_series(1, 1000000) g
     cross join lateral (select timestamptz '2025-01-01 00:00:00+00' + g * interval '30 seconds' as ts) t
where not exists (select 1 from transactions where gateway = 'bench');
