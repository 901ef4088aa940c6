-- What the seller learned and promised up to the accepted proposal (the company's profile, the
-- applications with their savings, the discounts promised), as ProposalAccepted carried it; null for
-- a proposal accepted before it did. DealClosed hands it on with the contract's own special terms.
alter table contract add column briefing jsonb;
