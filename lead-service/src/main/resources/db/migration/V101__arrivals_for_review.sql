-- An anonymous arrival (web form) of a person who already is a lead never changes the lead: it is
-- kept as an arrival with what it carried (submitted), and the lead is flagged for its owner's review.
alter table lead_source add column submitted jsonb;
alter table lead
    add column review_since    timestamptz,
    add column review_arrivals int not null default 0;
