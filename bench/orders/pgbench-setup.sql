-- bench/orders.sh: scratch copies of the tables one order placement writes, for pgbench's ceiling. Same columns,
-- constraints, defaults and indexes (trigram GIN included) as order-service's Flyway tables and platform-web's and
-- platform-messaging's; only the schema differs, so that nothing pgbench writes is ever relayed as an event or seen by
-- the service. Recreated empty on every run (the real sim_order may hold a million seeded rows: its btrees are deeper
-- by a level or two, a cost that is small next to a commit).
\set ON_ERROR_STOP on
drop schema if exists bench cascade;
create schema bench;
create sequence bench.order_number_seq;
create sequence bench.outbox_seq;
create table bench.sim_order (like public.sim_order including all);
alter table bench.sim_order add foreign key (plan_id) references public.plan (id);
create table bench.order_status_history (like public.order_status_history including all);
alter table bench.order_status_history add foreign key (order_id) references bench.sim_order (id);
create table bench.outbox (like messaging.outbox including all);
alter table bench.outbox alter column seq set default nextval('bench.outbox_seq');
create table bench.request (like idempotency.request including all);
