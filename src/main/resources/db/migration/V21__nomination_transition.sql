-- A deployment's history starts at its nomination, which comes from no status at all.
alter table deployment_transition alter column from_status drop not null;
