-- current_plan follows the user's latest order. Orders are keyed by order id, so two orders of one user may be
-- read out of order; the time of the order that set the plan lets an older order never overwrite a newer one.
alter table public_user add column current_plan_since timestamptz;
