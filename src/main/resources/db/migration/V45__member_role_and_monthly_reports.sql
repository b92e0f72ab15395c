-- Deployed members sign in as MEMBER: a user linked to exactly one person, and a person to at most one user.
alter table app_user add column person_id bigint references person (id);
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'PROGRAM_OFFICER', 'AGENCY_COORDINATOR', 'MISSION_COMMANDER', 'ANALYST', 'AUDITOR', 'MEMBER'));
alter table app_user add constraint app_user_member_person check ((role = 'MEMBER') = (person_id is not null));
create unique index app_user_person_key on app_user (person_id) where person_id is not null;

-- A member's report on one month of one deployment. One per person and month; the month is stored as its first day.
create table monthly_report (
    id            bigint generated always as identity primary key,
    person_id     bigint       not null references person (id),
    deployment_id bigint       not null references deployment (id),
    month         date         not null,
    status        varchar(20)  not null default 'DRAFT',
    results       text         not null default '',
    narrative     text         not null default '',
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint monthly_report_person_month_key unique (person_id, month),
    constraint monthly_report_month_check check (extract(day from month) = 1),
    constraint monthly_report_status_check check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'APPROVED')),
    constraint monthly_report_results_check check (length(results) <= 4000),
    constraint monthly_report_narrative_check check (length(narrative) <= 2000)
);
create index monthly_report_deployment_idx on monthly_report (deployment_id);

-- The activities delivered that month, in the order the member listed them; the same rules as activity rows.
create table monthly_report_line (
    report_id          bigint       not null references monthly_report (id) on delete cascade,
    position           integer      not null,
    category           varchar(20)  not null,
    type               varchar(200) not null,
    sessions           integer      not null,
    participants       integer,
    participants_women integer,
    primary key (report_id, position),
    constraint monthly_report_line_category_check check (category in ('TRAINING', 'MENTORING', 'INVESTIGATION', 'ADVISORY', 'OTHER')),
    constraint monthly_report_line_sessions_check check (sessions >= 0),
    constraint monthly_report_line_participants_check check (participants >= 0 and participants_women >= 0),
    constraint monthly_report_line_women_check check (participants_women <= coalesce(participants, 0))
);

-- Every workflow step: who moved the report, when, from which status to which, and why (a return's comment, a
-- reopening's reason). Shown on the report's page; the audit log holds the same facts.
create table monthly_report_step (
    id          bigint generated always as identity primary key,
    report_id   bigint       not null references monthly_report (id) on delete cascade,
    at          timestamptz  not null,
    username    varchar(60)  not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    comment     varchar(1000)
);
create index monthly_report_step_report_idx on monthly_report_step (report_id, at);
