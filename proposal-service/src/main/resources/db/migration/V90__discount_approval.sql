-- Discount approval: a draft's discounts beyond the discount policy need a sales manager's
-- approval before it is sent (the approval's steps on the proposal, the policy in one row).
alter table proposal add column approval_status varchar(20);
alter table proposal add column approval_note text;
alter table proposal add column approval_requested_by varchar(200);
alter table proposal add column approval_requester_subject varchar(200);
alter table proposal add column approval_requested_at timestamptz;
alter table proposal add column approval_decided_by varchar(200);
alter table proposal add column approval_decided_at timestamptz;
alter table proposal add column approval_decision_reason text;
alter table proposal add column approval_lapsed_at timestamptz;

create table discount_policy (
    id                           varchar(40) primary key,
    lock_version                 bigint not null default 0,
    max_line_discount_percent    numeric,
    max_total_discount_amount    numeric,
    max_total_discount_currency  varchar(3),
    updated_by                   varchar(200),
    updated_at                   timestamptz
);

-- Out of the box: any line discount above 20 % needs approval; the total is not limited.
insert into discount_policy (id, max_line_discount_percent) values ('discount-policy', 20);
