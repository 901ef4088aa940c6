-- A survey answer comes from the customer: staff issue an invitation (a link with a single-use
-- token, kept only as its SHA-256), the customer answers with the token.
create table survey_invitation (
    id           uuid primary key,
    customer_id  uuid not null references customer (id),
    order_id     uuid references orders (id),
    token_hash   varchar(64) not null,
    issued_by    varchar(200) not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    answered_at  timestamptz
);
create unique index survey_invitation_token on survey_invitation (token_hash);
-- An order has one invitation; issuing it again replaces its token.
create unique index survey_invitation_per_order on survey_invitation (order_id) where order_id is not null;

-- The invitation a survey answers; surveys recorded by staff before have none and count nowhere.
alter table survey add column invitation_id uuid references survey_invitation (id);
drop index survey_once_per_order;
create unique index survey_once_per_order on survey (order_id) where order_id is not null and invitation_id is not null;
drop index survey_support_owner;
create index survey_support_owner on survey (support_owner, submitted_at) where invitation_id is not null;
-- The latest score is the customer's own answer: those recorded by staff are forgotten there.
update customer set latest_survey_score = null, latest_survey_at = null;
