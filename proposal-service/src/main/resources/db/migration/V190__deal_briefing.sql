-- The company's profile as the seller described it at the prospect stage (industry, size, business
-- model, procurement procedure), kept with every version for the briefing ProposalAccepted hands on;
-- null when the hand-over did not describe it.
alter table proposal add column profile jsonb;
