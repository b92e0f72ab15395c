-- User management: an administrator's password reset makes the user choose their own password at the next sign-in;
-- the date of the last change lets an administrator see stale temporary passwords.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;
