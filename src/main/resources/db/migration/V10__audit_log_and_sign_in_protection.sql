-- The audit log: who did what to which record, when, with the values before and after. Rows are only ever added:
-- a trigger refuses every UPDATE and DELETE, whatever role runs it (REVOKE alone would not bind the owner).
create table audit_event (
    id       bigint generated always as identity primary key,
    at       timestamptz  not null default clock_timestamp(),
    username varchar(60)  not null,
    action   varchar(20)  not null,
    entity   varchar(40)  not null,
    key      varchar(100),
    before   jsonb,
    after    jsonb,
    detail   varchar(500),
    constraint audit_event_action_check check (action in ('CREATE', 'UPDATE', 'DELETE', 'READ', 'SIGN_IN_FAILED', 'EXPORT', 'IMPORT', 'SIGN_IN'))
);
create index audit_event_at_idx on audit_event (at);
create index audit_event_entity_key_idx on audit_event (entity, key);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log cannot be changed or deleted' using errcode = '42501';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Sign-in protection: consecutive failures and the end of a lock.
alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamptz;
