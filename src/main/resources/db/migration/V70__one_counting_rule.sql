-- Which deployments count, in one place (issue 9). The annual report, the dashboards, person-days, the monthly reports'
-- months and the restatement triggers all ask these functions instead of restating the rule in their own words.
--
-- The functions are plain SQL expressions (language sql, immutable or stable, not strict, one select), so that
-- PostgreSQL inlines them into the calling query: a caller's plan is the plan of the expression written out, and
-- daterange(start_date, end_date, '[]') && … still uses the GiST index deployment_period_idx.

-- The statuses that count: DEPLOYED and COMPLETED. PLANNED and CANCELLED never do.
create function deployment_status_counts(status varchar) returns boolean
language sql immutable parallel safe as $$
    select status in ('DEPLOYED', 'COMPLETED')
$$;

-- Whether a deployment counts for a period: its status counts and it has at least one day in the period, both ends
-- of each inclusive (a deployment's end_date is its last day). A month is the period from its first to its last day,
-- a fiscal year from April 1 to March 31, a day from that day to itself.
create function deployment_counts(status varchar, start_date date, end_date date, period_from date, period_to date)
returns boolean language sql immutable parallel safe as $$
    select deployment_status_counts(status)
       and daterange(start_date, end_date, '[]') && daterange(period_from, period_to, '[]')
$$;

-- The deployments that count for a period, each with its mission, the top-level mission it rolls up into (itself
-- for a top-level mission), the person's agency and gender, and whether it is a leadership position. Same columns
-- as before; only the rule is now deployment_counts.
create or replace function counted_deployment(period_from date, period_to date)
returns table (deployment_id bigint, person_id bigint, mission_id bigint, top_mission_id bigint,
               agency_id bigint, gender char(1), leadership boolean)
language sql stable as $$
    select d.id, d.person_id, d.mission_id, coalesce(m.parent_id, m.id), p.agency_id, p.gender, d.leadership
    from deployment d
    join mission m on m.id = d.mission_id
    join person p on p.id = d.person_id
    where deployment_counts(d.status, d.start_date, d.end_date, period_from, period_to)
$$;

-- A mission with its components, each person once: one row per mission and person counting for it in the period,
-- where a top-level mission counts its own and its components' people (a person in two components of one parent is
-- one row for the parent) and a component its own. leadership: one of the person's counting deployments there is a
-- leadership position. Each counted deployment is read once and stands for its own mission and, when it is in a
-- component, for the parent too; the rows are then made distinct by hashing (agency and gender are the person's, so
-- grouping by them splits nothing). Measured against the union it replaces (reference/performance-baselines.md data
-- set at 0.1): as fast, with one scan of the period's deployments instead of a materialised CTE read twice.
create function mission_person(period_from date, period_to date)
returns table (mission_id bigint, person_id bigint, agency_id bigint, gender char(1), leadership boolean)
language sql stable as $$
    select v.mission_id, c.person_id, c.agency_id, c.gender, bool_or(c.leadership)
    from counted_deployment(period_from, period_to) c
    cross join lateral (select c.mission_id
                        union all
                        select c.top_mission_id where c.top_mission_id <> c.mission_id) v (mission_id)
    group by v.mission_id, c.person_id, c.agency_id, c.gender
$$;

-- The restatement triggers of V55 with the rule above in place of restatement_counts, which restated it; their logic
-- is unchanged.
create or replace function deployment_restatement() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from fiscal_year_publication) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', n.external_id, 'CREATE'
        from new_rows n join fiscal_year_publication p
            on deployment_counts(n.status, n.start_date, n.end_date, p.first_day, p.last_day);
        if found then perform restatement_written(); end if;
    elsif tg_op = 'DELETE' then
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', o.external_id, 'DELETE'
        from old_rows o join fiscal_year_publication p
            on deployment_counts(o.status, o.start_date, o.end_date, p.first_day, p.last_day);
        if found then perform restatement_written(); end if;
    else
        insert into restatement (fiscal_year, entity, key, action)
        select p.fiscal_year, 'deployment', n.external_id, 'UPDATE'
        from new_rows n
        join old_rows o on o.id = n.id
        join fiscal_year_publication p
            on deployment_counts(o.status, o.start_date, o.end_date, p.first_day, p.last_day)
            or deployment_counts(n.status, n.start_date, n.end_date, p.first_day, p.last_day)
        where (o.person_id, o.mission_id, o.leadership, o.start_date, o.end_date, o.status)
              is distinct from (n.person_id, n.mission_id, n.leadership, n.start_date, n.end_date, n.status);
        if found then perform restatement_written(); end if;
    end if;
    return null;
end $$;

create or replace function person_restatement() returns trigger language plpgsql as $$
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
        where d.person_id = n.id and deployment_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day))
    where (o.gender, o.agency_id) is distinct from (n.gender, n.agency_id);
    if found then perform restatement_written(); end if;
    return null;
end $$;

create or replace function agency_restatement() returns trigger language plpgsql as $$
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
                  and deployment_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day)));
        if found then perform restatement_written(); end if;
    end if;
    return null;
end $$;

create or replace function mission_restatement() returns trigger language plpgsql as $$
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
                  and deployment_counts(d.status, d.start_date, d.end_date, p.first_day, p.last_day)))
        or (o.code <> n.code and exists (
                select 1 from activity a where a.mission_id = n.id and a.date between p.first_day and p.last_day))
    where (o.parent_id, o.code) is distinct from (n.parent_id, n.code);
    if found then perform restatement_written(); end if;
    return null;
end $$;

-- Nothing calls it any more.
drop function restatement_counts(varchar, date, date, date, date);
