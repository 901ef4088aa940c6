-- The deal's segment decides which readiness steps are required (configured per segment);
-- prospects opened before segments existed are in the standard one (the steps they always needed).
alter table prospect add column segment varchar(40);
update prospect set segment = 'STANDARD' where segment is null;
alter table prospect alter column segment set not null;
