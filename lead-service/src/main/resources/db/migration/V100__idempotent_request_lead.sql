-- An idempotent answer names the lead it created, so erasing the person also forgets the answer
-- (it carries their name and e-mail). Answers stored before: the lead id ends their Location.
alter table idempotent_request add column lead_id uuid;
update idempotent_request set lead_id = substring(location from '([0-9a-fA-F-]{36})$')::uuid
where location ~ '[0-9a-fA-F-]{36}$';
create index idempotent_request_lead on idempotent_request (lead_id);
