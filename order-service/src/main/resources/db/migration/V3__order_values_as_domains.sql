-- The same rules as V1's column checks, held by domains. PostgreSQL rebuilds a table's check constraints from their
-- stored expression trees at the start of every INSERT or UPDATE statement (parse, plan, compile), ~9 KB of text per
-- placed order for sim_order's nine column checks; a domain's checks are parsed once per connection and kept in its
-- type cache (bench/RESULTS.md has the figures). Values, errors (23514) and indexes stay as they were; sim_order_party,
-- the one check that spans columns, stays on the table.
-- The domains get their checks after the columns changed type: a column moved to a domain that has checks is
-- rewritten with all its indexes, while a domain without them is a relabelling, and adding a check to a domain in use
-- only reads the rows once to validate them.
create domain order_type_value as varchar(20);
create domain sim_type_value as varchar(10);
create domain order_status_value as varchar(20);
create domain payment_status_value as varchar(20);
create domain non_negative_amount as numeric(12,2);

alter table sim_order
    drop constraint sim_order_order_type_check,
    drop constraint sim_order_sim_type_check,
    drop constraint sim_order_plan_price_check,
    drop constraint sim_order_delivery_fee_check,
    drop constraint sim_order_tax_amount_check,
    drop constraint sim_order_service_charge_check,
    drop constraint sim_order_total_amount_check,
    drop constraint sim_order_status_check,
    drop constraint sim_order_payment_status_check,
    alter column order_type type order_type_value,
    alter column sim_type type sim_type_value,
    alter column plan_price type non_negative_amount,
    alter column delivery_fee type non_negative_amount,
    alter column tax_amount type non_negative_amount,
    alter column service_charge type non_negative_amount,
    alter column total_amount type non_negative_amount,
    alter column status type order_status_value,
    alter column payment_status type payment_status_value;

alter table plan
    drop constraint plan_sim_type_check,
    drop constraint plan_price_check,
    alter column sim_type type sim_type_value,
    alter column price type non_negative_amount;

alter domain order_type_value add constraint order_type_value_check check (value in ('app_user', 'reseller_client'));
alter domain sim_type_value add constraint sim_type_value_check check (value in ('physical', 'esim'));
alter domain order_status_value add constraint order_status_value_check
    check (value in ('pending', 'confirmed', 'dispatched', 'delivered', 'activated', 'cancelled'));
alter domain payment_status_value add constraint payment_status_value_check
    check (value in ('pending', 'paid', 'failed', 'refunded'));
alter domain non_negative_amount add constraint non_negative_amount_check check (value >= 0);
