-- Refused requests (a role reaching for what it may not, a write without its CSRF token) are security events too.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'READ', 'SIGN_IN_FAILED', 'EXPORT', 'IMPORT', 'SIGN_IN', 'ACCESS_DENIED'));
