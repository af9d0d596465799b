-- Sales figures per UTC day: orders placed and cancelled, revenue and what went back, per source and per reseller.
-- Like V1 and V2, derived from events only and rebuildable by replaying the topics (clear the analytics.* rows of
-- messaging.processed_event with them).

-- What the sales figures need to know about an order: its plan (revenue by plan) and when it was cancelled (counted
-- once, on the day it happened).
alter table order_view
    add column plan_id      uuid,
    add column plan_name    text,
    add column cancelled_at timestamptz;
update order_view set cancelled_at = status_at where status = 'cancelled';

-- Every money fact analytics has counted, once: an app payment, its refunds, a reseller order's credit reservation
-- and its release, a commission. The key is the fact itself (the transaction or the order), not the event, so that
-- the same fact told twice under two event ids (a producer's replay) is still counted once.
create table money_movement (
    -- payment:<transactionId>, refund:<refundTransactionId>, credit-reserved:<orderId>, credit-released:<orderId>,
    -- commission:<orderId>
    movement_key  text           primary key,
    -- payment, refund, credit_reserved, credit_released or commission
    kind          text           not null,
    -- app or reseller
    source        text           not null,
    order_id      uuid,
    reseller_id   uuid,
    -- always positive; the kind says whether it adds to revenue, takes from it, or is a commission
    amount        numeric(12,2)  not null,
    currency      text,
    event_id      uuid           not null,
    occurred_at   timestamptz    not null
);
-- Revenue by plan over a date range reads the movements of that range.
create index money_movement_occurred_at_idx on money_movement (occurred_at);

-- One row per UTC day and source. revenue is gross (app payments captured, reseller credit reserved); refunds is
-- what went back the same day (app refunds, reseller credit released); net revenue = revenue - refunds.
create table daily_sales (
    day               date           not null,
    source            text           not null check (source in ('app', 'reseller')),
    orders_placed     bigint         not null default 0,
    orders_cancelled  bigint         not null default 0,
    revenue           numeric(14,2)  not null default 0,
    refunds           numeric(14,2)  not null default 0,
    primary key (day, source)
);

-- The same per reseller and day, with the commission the reseller earned that day.
create table reseller_daily_sales (
    reseller_id       uuid           not null,
    day               date           not null,
    orders_placed     bigint         not null default 0,
    orders_cancelled  bigint         not null default 0,
    revenue           numeric(14,2)  not null default 0,
    refunds           numeric(14,2)  not null default 0,
    commission        numeric(14,2)  not null default 0,
    primary key (reseller_id, day)
);
-- Top resellers of a date range.
create index reseller_daily_sales_day_idx on reseller_daily_sales (day);

-- Orders seen before this version count from the start; money needs a replay (see the README).
insert into daily_sales (day, source, orders_placed, orders_cancelled)
select (placed_at at time zone 'UTC')::date,
       case when source = 'reseller' or reseller_id is not null then 'reseller' else 'app' end,
       count(*), 0
from order_view where placed_at is not null
group by 1, 2;

insert into daily_sales (day, source, orders_cancelled)
select (cancelled_at at time zone 'UTC')::date,
       case when source = 'reseller' or reseller_id is not null then 'reseller' else 'app' end,
       count(*)
from order_view where placed_at is not null and cancelled_at is not null
group by 1, 2
on conflict (day, source) do update set orders_cancelled = excluded.orders_cancelled;

insert into reseller_daily_sales (reseller_id, day, orders_placed)
select reseller_id, (placed_at at time zone 'UTC')::date, count(*)
from order_view where placed_at is not null and reseller_id is not null
group by 1, 2;

insert into reseller_daily_sales (reseller_id, day, orders_cancelled)
select reseller_id, (cancelled_at at time zone 'UTC')::date, count(*)
from order_view where placed_at is not null and cancelled_at is not null and reseller_id is not null
group by 1, 2
on conflict (reseller_id, day) do update set orders_cancelled = excluded.orders_cancelled;
