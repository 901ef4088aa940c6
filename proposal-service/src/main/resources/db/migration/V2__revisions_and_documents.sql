-- Issue 5: revisions (each version its own row, linked both ways), the document's texts, a
-- formal RFP's references and a purchase-order quote's references. All nullable (additive).
alter table proposal
    add column revised_from_id   uuid references proposal (id),
    add column superseded_by_id  uuid,
    add column superseded_at     timestamptz,
    add column summary           text,
    add column terms             text,
    add column rfp               jsonb,
    add column purchase_order    jsonb;
