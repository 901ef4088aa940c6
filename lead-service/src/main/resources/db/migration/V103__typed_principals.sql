-- Imports and Idempotency-Key answers belong to a typed principal, not to a display name: a person
-- is 'user:<subject>', an integration 'api-key:<key id>', so no integration's name can equal a
-- person's. Existing rows: a person's actor string "<subject> (<roles>)" becomes user:<subject>,
-- an integration's name the key of that name when exactly one key has it; an ambiguous row
-- (a key named like a person, or several keys of one name) gets no principal (imports: only sales
-- managers see it; answers: forgotten, they live a day).
alter table lead_import add column principal varchar(220);

create temporary table actor_principal as
with actors as (
    select created_by as actor from lead_import where created_by is not null
    union
    select caller from idempotent_request),
keys as (
    select integration, min(id::text) as key_id, count(*) as keys from api_key group by integration)
select a.actor,
       case
           when k.integration is not null and k.keys = 1
                and a.actor !~ '^.+ \((seller|sales-manager|support|admin)(, (seller|sales-manager|support|admin))*\)$'
               then 'api-key:' || k.key_id
           when k.integration is null
                and a.actor ~ '^.+ \((seller|sales-manager|support|admin)(, (seller|sales-manager|support|admin))*\)$'
               then 'user:' || substring(a.actor from '^(.+) \([a-z, -]+\)$')
       end as principal
from actors a left join keys k on k.integration = a.actor;

update lead_import i set principal = p.principal from actor_principal p where p.actor = i.created_by;

delete from idempotent_request r
where not exists (select 1 from actor_principal p where p.actor = r.caller and p.principal is not null);
-- Two display names of one person (other roles) with the same key: the first one's answer stays.
delete from idempotent_request r using actor_principal p
where p.actor = r.caller
  and exists (select 1 from idempotent_request o join actor_principal q on q.actor = o.caller
              where q.principal = p.principal and o.idempotency_key = r.idempotency_key and o.caller < r.caller);
update idempotent_request r set caller = p.principal from actor_principal p where p.actor = r.caller;
alter table idempotent_request alter column caller type varchar(220);
drop table actor_principal;
