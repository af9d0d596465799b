-- OrderNumbers reserves 50 numbers per nextval: one round trip per 50 placements instead of one per placement.
-- The next nextval returns last_value + 50, past every number handed out so far.
alter sequence order_number_seq increment by 50;
