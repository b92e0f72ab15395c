-- Published (frozen) fiscal years and the restatements made to them afterwards.
--
-- A publication keeps the annual report's JSON as it was published, in both languages, with who and when. It is
-- never changed or withdrawn: a correction to a published year is a restatement, not a new publication.
--
-- A restatement is a change, after publication, to a record that the published figures of that year were computed
-- from, in a way that can alter them. Triggers on the five tables the report reads write them, so that no path can
-- skip them: forms, imports, lifecycle steps, retention and plain SQL alike. The rules follow the report's queries
-- (AnnualReports, counted_deployment): a column the report does not read (a name, a role, a rank, a version) never
-- makes a restatement, so that anonymisation, which changes names only, makes none.

create table fiscal_year_publication (
    fiscal_year  varchar(7)  not null primary key,
    first_day    date        not null,
    last_day     date        not null,
    published_at timestamptz not null default clock_timestamp(),
    published_by varchar(60) not null,
    report_en    jsonb       not null,
    report_fr    jsonb       not null,
    constraint fiscal_year_publication_format check (fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'),
    constraint fiscal_year_publication_days check (
        first_day = make_date(substr(fiscal_year, 1, 4)::int, 4, 1)
        and last_day = make_date(substr(fiscal_year, 1, 4)::int + 1, 3, 31))
);

create function fiscal_year_publication_final() returns trigger language plpgsql as $$
begin
    raise exception 'a published fiscal year cannot be changed or withdrawn; record corrections as restatements'
        using errcode = '42501';
end $$;
create trigger fiscal_year_publication_final before update or delete on fiscal_year_publication
    for each statement execute function fiscal_year_publication_final();
create trigger fiscal_year_publication_no_truncate before truncate on fiscal_year_publication
    for each statement execute function fiscal_year_publication_final();

-- Which transaction wrote an audit event, so that a restatement names the user of the change it records. Existing
-- events keep no value (they were written before restatements existed); the append-only trigger is untouched.
alter table audit_event add column txid bigint;
alter table audit_event alter column txid set default txid_current();
create index audit_event_txid_idx on audit_event (txid);

create table restatement (
    id          bigint generated always as identity primary key,
    fiscal_year varchar(7)   not null references fiscal_year_publication (fiscal_year),
    entity      varchar(40)  not null,
    key         varchar(100) not null,
    action      varchar(10)  not null,
    at          timestamptz  not null default clock_timestamp(),
    txid        bigint       not null default txid_current(),
    -- The user of the audit event written in the same transaction, filled in at commit (see restatement_user);
    -- null when the transaction wrote no audit event (a change made outside the application).
    username    varchar(60),
    constraint restatement_action_check check (action in ('CREATE', 'UPDATE', 'DELETE'))
);
create index restatement_year_idx on restatement (fiscal_year, at, id);
create index restatement_txid_idx on restatement (txid) where username is null;

-- Rows are only added; the one change allowed is naming the user once, at the commit of the change.
create function restatement_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.username is null
       and (new.id, new.fiscal_year, new.entity, new.key, new.action, new.at, new.txid)
           is not distinct from (old.id, old.fiscal_year, old.entity, old.key, old.action, old.at, old.txid) then
        return new;
    end if;
    raise exception 'restatements cannot be changed or deleted' using errcode = '42501';
end $$;
create trigger restatement_append_only before update or delete on restatement
    for each row execute function restatement_append_only();
create function restatement_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'restatements cannot be changed or deleted' using errcode = '42501';
end $$;
create trigger restatement_no_truncate before truncate on restatement
    for each statement execute function restatement_no_truncate();

-- At commit, when every audit event of the transaction is written (services audit after they write), the
-- transaction's restatements take the user of the audit event about the same record, or else of any change event of
-- the transaction. A transaction that restates anything leaves one row here, whose deferred trigger runs once at its
-- commit: one event per transaction, not per restatement, so that an import restating thousands of rows pays for
-- one update.
create table restatement_pending (
    txid bigint not null primary key
);
create function restatement_user() returns trigger language plpgsql as $$
begin
    update restatement r set username = coalesce(
        (select e.username from audit_event e
         where e.txid = r.txid and e.entity = r.entity and e.key = r.key order by e.id desc limit 1),
        (select e.username from audit_event e
         where e.txid = r.txid and e.action in ('CREATE', 'UPDATE', 'DELETE', 'IMPORT') order by e.id desc limit 1))
    where r.txid = new.txid and r.username is null;
    delete from restatement_pending where txid = new.txid;
    return null;
end $$;
create constraint trigger restatement_user after insert on restatement_pending
    deferrable initially deferred for each row execute function restatement_user();

-- Called by the triggers below after they wrote restatements.
create function restatement_written() returns void language sql as $$
    insert into restatement_pending (txid) values (txid_current()) on conflict do nothing
$$;

-- Whether a deployment row counts for a published year: the rule of counted_deployment.
create function restatement_counts(status varchar, start_date date, end_date date, first_day date, last_day date)
returns boolean language sql immutable as $$
    select status in ('DEPLOYED', 'COMPLETED')
       and daterange(start_date, end_date, '[]') && daterange(first_day, last_day, '[]')
$$;

-- Deployments: a row that counts (or counted) for a published year, created, deleted, or changed in a column the
-- report reads (person, mission, leadership, dates, status). Statement-level, so that an import of many rows costs
-- one set-based insert.
create function deployment_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', n.external_id, 'CREATE'
        from new_rows n join fiscal_year_publication p
            on restatement_counts(n.status, n.start_date, n.end_date, p.first_day, p.last_day);
        if found then perform restatement_written(); end if;
    elsif tg_op = 'DELETE' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', o.external_id, 'DELETE'
        from old_rows o join fiscal_year_publication p
            on restatement_counts(o.status, o.start_date, o.end_date, p.first_day, p.last_day);
        if found then perform restatement_written(); end if;
    else
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', n.external_id, 'UPDATE'
        from new_rows n
        join old_rows o on o.id = n.id
        join fiscal_year_publication p
            on restatement_counts(o.status, o.start_date, o.end_date, p.first_day, p.last_day)
            or restatement_counts(n.status, n.start_date, n.end_date, p.first_day, p.last_day)
        where (o.person_id, o.mission_id, o.leadership, o.start_date, o.end_date, o.status)
              is distinct from (n.person_id, n.mission_id, n.leadership, n.start_date, n.end_date, n.status);
        if found then perform restatement_written(); end if;
    end if;
    return null;
end $$;
create trigger deployment_restatement_insert after insert on deployment
    referencing new table as new_rows for each statement execute function deployment_restatement();
create trigger deployment_restatement_update after update on deployment
    referencing old table as old_rows new table as new_rows for each statement execute function deployment_restatement();
create trigger deployment_restatement_delete after delete on deployment
    referencing old table as old_rows for each statement execute function deployment_restatement();

-- Activities: a row dated in a published year (before or after), created, deleted, or changed in a column the report
-- sums or groups by.
create function activity_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'activity', n.external_id, 'CREATE'
        from new_rows n join fiscal_year_publication p on n.date between p.first_day and p.last_day;
        if found then perform restatement_written(); end if;
    elsif tg_op = 'DELETE' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'activity', o.external_id, 'DELETE'
        from old_rows o join fiscal_year_publication p on o.date between p.first_day and p.last_day;
        if found then perform restatement_written(); end if;
    else
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'activity', n.external_id, 'UPDATE'
        from new_rows n
        join old_rows o on o.id = n.id
        join fiscal_year_publication p
            on o.date between p.first_day and p.last_day or n.date between p.first_day and p.last_day
        where (o.mission_id, o.date, o.category, o.type, o.sessions, o.participants, o.participants_women)
              is distinct from (n.mission_id, n.date, n.category, n.type, n.sessions, n.participants,
                                n.participants_women);
        if found then perform restatement_written(); end if;
    end if;
    return null;
end $$;
create trigger activity_restatement_insert after insert on activity
    referencing new table as new_rows for each statement execute function activity_restatement();
create trigger activity_restatement_update after update on activity
    referencing old table as old_rows new table as new_rows for each statement execute function activity_restatement();
create trigger activity_restatement_delete after delete on activity
    referencing old table as old_rows for each statement execute function activity_restatement();

-- People: the report reads a person's gender and agency only, and only through deployments that count. A new person
-- has no deployment yet and a person with deployments cannot be deleted, so only updates can restate.
create function person_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    insert into restatement (fiscal_year, entity, key, action)
    select p.fiscal_year, 'person', n.external_id, 'UPDATE'
    from new_rows n
    join old_rows o on o.id = n.id
    join fiscal_year_publication p on exists (
        select 1 from deployment d
        where d.person_id = n.id and restatement_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day))
    where (o.gender, o.agency_id) is distinct from (n.gender, n.agency_id);
    if found then perform restatement_written(); end if;
    return null;
end $$;
create trigger person_restatement_update after update on person
    referencing old table as old_rows new table as new_rows for each statement execute function person_restatement();

-- Agencies: partner_since decides the partner and new-partner counts of every year; the code names the agency in a
-- mission's breakdown when its people count that year.
create function agency_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'agency', n.code, 'CREATE'
        from new_rows n join fiscal_year_publication p on n.partner_since <= p.last_day;
        if found then perform restatement_written(); end if;
    elsif tg_op = 'DELETE' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'agency', o.code, 'DELETE'
        from old_rows o join fiscal_year_publication p on o.partner_since <= p.last_day;
        if found then perform restatement_written(); end if;
    else
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'agency', n.code, 'UPDATE'
        from new_rows n
        join old_rows o on o.id = n.id
        join fiscal_year_publication p
            on (o.partner_since <= p.last_day) <> (n.partner_since <= p.last_day)
            or (o.partner_since between p.first_day and p.last_day)
               <> (n.partner_since between p.first_day and p.last_day)
            or (o.code <> n.code and exists (
                select 1 from deployment d join person x on x.id = d.person_id
                where x.agency_id = n.id
                  and restatement_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day)));
        if found then perform restatement_written(); end if;
    end if;
    return null;
end $$;
create trigger agency_restatement_insert after insert on agency
    referencing new table as new_rows for each statement execute function agency_restatement();
create trigger agency_restatement_update after update on agency
    referencing old table as old_rows new table as new_rows for each statement execute function agency_restatement();
create trigger agency_restatement_delete after delete on agency
    referencing old table as old_rows for each statement execute function agency_restatement();

-- Missions: moving a component to another parent (or making it one) moves its people between parents; a new code
-- renames the mission's lines, its components' parent and its activities. A new mission has nothing counting yet and
-- a mission with deployments or activities cannot be deleted, so only updates can restate. Names and locations are
-- labels, not figures.
create function mission_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    insert into restatement (fiscal_year, entity, key, action)
    select p.fiscal_year, 'mission', n.code, 'UPDATE'
    from new_rows n
    join old_rows o on o.id = n.id
    join fiscal_year_publication p
        on ((o.parent_id is distinct from n.parent_id or o.code <> n.code) and exists (
                select 1 from deployment d join mission m on m.id = d.mission_id
                where (m.id = n.id or m.parent_id = n.id)
                  and restatement_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day)))
        or (o.code <> n.code and exists (
                select 1 from activity a where a.mission_id = n.id and a.date between p.first_day and p.last_day))
    where (o.parent_id, o.code) is distinct from (n.parent_id, n.code);
    if found then perform restatement_written(); end if;
    return null;
end $$;
create trigger mission_restatement_update after update on mission
    referencing old table as old_rows new table as new_rows for each statement execute function mission_restatement();
