-- TransactionNumbers reserves 50 numbers per nextval: one round trip per 50 transactions instead of one each.
-- The next nextval returns last_value + 50, past every number handed out so far.
alter sequence transaction_number_seq increment by 50;
