-- The customer answers a survey through the platform's customer link (customer_link, purpose SURVEY),
-- whose token only the customer's contact is sent. The answer keeps its evidence: the link, the
-- client's IP address and user agent (the time is submitted_at).
alter table survey add column link_id uuid;
alter table survey add column ip_address varchar(64);
alter table survey add column user_agent varchar(500);
create unique index survey_per_link on survey (link_id) where link_id is not null;
-- One customer answer per order.
create unique index survey_link_answer_per_order on survey (order_id) where order_id is not null and link_id is not null;
-- The NPS counts the customers' answers only: those through a link.
drop index survey_support_owner;
create index survey_support_owner on survey (support_owner, submitted_at) where link_id is not null;

-- The invitations' own tokens were handed to the staff who issued them, so their answers cannot be
-- told from staff's: the tokens are forgotten (no invitation opens any more; the invitations stay as
-- history), those answers are listed but count nowhere, and the latest score is a link answer's.
drop index survey_invitation_token;
alter table survey_invitation alter column token_hash drop not null;
update survey_invitation set token_hash = null;
update customer set latest_survey_score = null, latest_survey_at = null;
