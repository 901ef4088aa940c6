-- Issue 5: a formal RFP's reference, deadline and approval steps; the applications' summed
-- savings; the customer's latest rejection of a proposal. All nullable (additive).
alter table prospect
    add column procurement_rfp_reference  varchar(200),
    add column procurement_deadline       date,
    add column procurement_approval_steps jsonb,
    add column savings                    jsonb,
    add column rejected_proposal_id       uuid,
    add column rejected_proposal_version  integer,
    add column rejection_reason           varchar(4000),
    add column rejected_by                varchar(200),
    add column rejected_at                timestamptz;

-- Follow-up lists: open prospects whose next follow-up is due, oldest due first.
create index prospect_follow_up_due on prospect (next_follow_up_on, id)
    where next_follow_up_on is not null and status in ('RAPPORT', 'ORIENTATION');
