-- Issue 6: an open proposal of a deal lost elsewhere is WITHDRAWN (reason, time); an accepted
-- one keeps its status and carries the later loss of its deal as a mark.
alter table proposal add column withdrawal_reason text;
alter table proposal add column withdrawn_at timestamptz;
alter table proposal add column deal_lost_stage varchar(20);
alter table proposal add column deal_lost_reason text;
alter table proposal add column deal_lost_at timestamptz;
