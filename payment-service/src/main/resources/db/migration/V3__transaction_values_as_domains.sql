-- The same rules as V1's column checks on the two tables every order writes, held by domains. PostgreSQL rebuilds a
-- table's check constraints from their stored expression trees at the start of every INSERT or UPDATE statement
-- (parse, plan, compile); a domain's checks are parsed once per connection and kept in its type cache
-- (bench/RESULTS.md has the figures). Values and errors (23514) stay as they were; the refund-has-a-parent check
-- spans two columns and stays on the table.
-- The domains get their checks after the columns changed type: a column moved to a domain that has checks is
-- rewritten with all its indexes, while a domain without them is a relabelling, and adding a check to a domain in use
-- only reads the rows once to validate them.
create domain transaction_type_value as varchar(12);
create domain transaction_status_value as varchar(12);
create domain positive_amount as numeric(12,2);
create domain order_source_value as varchar(10);
create domain commission_state_value as varchar(10);

alter table transactions
    drop constraint transactions_type_check,
    drop constraint transactions_status_check,
    drop constraint transactions_amount_check,
    alter column type type transaction_type_value,
    alter column status type transaction_status_value,
    alter column amount type positive_amount;

alter table known_order
    drop constraint known_order_source_check,
    drop constraint known_order_commission_state_check,
    alter column source type order_source_value,
    alter column commission_state type commission_state_value;

alter domain transaction_type_value add constraint transaction_type_value_check
    check (value in ('payment', 'refund', 'commission', 'credit'));
alter domain transaction_status_value add constraint transaction_status_value_check
    check (value in ('pending', 'completed', 'failed', 'cancelled'));
alter domain positive_amount add constraint positive_amount_check check (value > 0);
alter domain order_source_value add constraint order_source_value_check check (value in ('app', 'reseller'));
alter domain commission_state_value add constraint commission_state_value_check
    check (value in ('none', 'waiting', 'accrued', 'skipped'));
