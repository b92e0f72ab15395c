-- Contingent core: agencies, missions (one level of components), people, deployments, activities, users.
-- The rules hold here as well as in Java: a record that breaks them cannot be written, whatever path it takes.

create table agency (
    id            bigint generated always as identity primary key,
    code          varchar(20)  not null,
    name_en       varchar(200) not null,
    name_fr       varchar(200) not null,
    type          varchar(20)  not null,
    province      char(2),
    partner_since date         not null,
    version       integer      not null default 0,
    constraint agency_code_key unique (code),
    constraint agency_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint agency_type_check check (type in ('FEDERAL', 'PROVINCIAL', 'REGIONAL', 'MUNICIPAL', 'CIVILIAN')),
    constraint agency_province_check check (province in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'))
);

create table mission (
    id                  bigint generated always as identity primary key,
    code                varchar(30)  not null,
    name_en             varchar(200) not null,
    name_fr             varchar(200) not null,
    parent_id           bigint references mission (id),
    organization        varchar(20)  not null,
    country             char(2)      not null,
    location            varchar(200) not null,
    language            char(2)      not null,
    armed               boolean      not null,
    authorized_strength integer,
    start_date          date         not null,
    end_date            date,
    version             integer      not null default 0,
    constraint mission_code_key unique (code),
    constraint mission_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint mission_organization_check check (organization in ('UN', 'EU', 'BILATERAL', 'MULTILATERAL', 'OTHER')),
    constraint mission_country_check check (country ~ '^[A-Z]{2}$'),
    constraint mission_language_check check (language in ('en', 'fr')),
    constraint mission_strength_check check (authorized_strength >= 0),
    constraint mission_dates_check check (end_date is null or end_date >= start_date),
    constraint mission_not_own_parent check (parent_id <> id)
);
create index mission_parent_idx on mission (parent_id);

-- Components are one level deep: a component's parent is a top-level mission, and a mission with components
-- cannot itself become a component.
create function mission_one_level() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null then
        if exists (select 1 from mission where id = new.parent_id and parent_id is not null) then
            raise exception 'mission % cannot be a component of a component', new.code
                using errcode = '23514', constraint = 'mission_one_level';
        end if;
        if exists (select 1 from mission where parent_id = new.id) then
            raise exception 'mission % has components and cannot become a component', new.code
                using errcode = '23514', constraint = 'mission_one_level';
        end if;
    end if;
    return new;
end $$;
create trigger mission_one_level before insert or update of parent_id on mission
    for each row execute function mission_one_level();

-- Folds case and the accents of French and other Latin names, for prefix search ("cote" finds "Côté").
create function search_key(name text) returns text language sql immutable parallel safe as $$
    select lower(translate(name,
        'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŒœÆæ',
        'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyOoAa'))
$$;

create table person (
    id          bigint generated always as identity primary key,
    external_id varchar(40)  not null,
    family_name varchar(100) not null,
    given_name  varchar(100) not null,
    gender      char(1)      not null,
    category    varchar(20)  not null,
    agency_id   bigint       not null references agency (id),
    rank        varchar(60),
    languages   varchar(60)  not null,
    family_key  text generated always as (search_key(family_name)) stored,
    given_key   text generated always as (search_key(given_name)) stored,
    version     integer      not null default 0,
    constraint person_external_id_key unique (external_id),
    constraint person_gender_check check (gender in ('F', 'M', 'X')),
    constraint person_category_check check (category in ('POLICE', 'CIVILIAN')),
    constraint person_languages_check check (languages ~ '^[a-z]{2}(;[a-z]{2})*$'),
    constraint person_names_check check (length(trim(family_name)) > 0 and length(trim(given_name)) > 0)
);
create index person_agency_idx on person (agency_id);
create index person_family_key_idx on person (family_key collate "C");
create index person_given_key_idx on person (given_key collate "C");

create table deployment (
    id          bigint generated always as identity primary key,
    external_id varchar(40)  not null,
    person_id   bigint       not null references person (id),
    mission_id  bigint       not null references mission (id),
    role        varchar(120) not null,
    leadership  boolean      not null,
    term        varchar(10)  not null,
    start_date  date         not null,
    end_date    date         not null,
    status      varchar(10)  not null,
    version     integer      not null default 0,
    constraint deployment_external_id_key unique (external_id),
    constraint deployment_term_check check (term in ('LONG', 'SHORT')),
    constraint deployment_status_check check (status in ('PLANNED', 'DEPLOYED', 'COMPLETED', 'CANCELLED')),
    constraint deployment_dates_check check (end_date >= start_date),
    -- One person's deployments that are not cancelled never overlap (end_date is the last day, inclusive).
    -- The person is written as a one-value range so that the constraint needs no extension (btree_gist).
    constraint deployment_no_overlap exclude using gist (
        int8range(person_id, person_id, '[]') with &&,
        daterange(start_date, end_date, '[]') with &&
    ) where (status <> 'CANCELLED')
);
create index deployment_person_idx on deployment (person_id);
create index deployment_mission_idx on deployment (mission_id);
create index deployment_period_idx on deployment using gist (daterange(start_date, end_date, '[]'));

create table activity (
    id                 bigint generated always as identity primary key,
    external_id        varchar(40)  not null,
    mission_id         bigint       not null references mission (id),
    date               date         not null,
    category           varchar(20)  not null,
    type               varchar(200) not null,
    sessions           integer      not null,
    participants       integer,
    participants_women integer,
    version            integer      not null default 0,
    constraint activity_external_id_key unique (external_id),
    constraint activity_category_check check (category in ('TRAINING', 'MENTORING', 'INVESTIGATION', 'ADVISORY', 'OTHER')),
    constraint activity_sessions_check check (sessions >= 0),
    constraint activity_participants_check check (participants >= 0 and participants_women >= 0),
    constraint activity_women_check check (participants_women <= coalesce(participants, 0))
);
create index activity_date_idx on activity (date);
create index activity_mission_date_idx on activity (mission_id, date);

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(60)  not null,
    password_hash varchar(200) not null,
    role          varchar(30)  not null,
    agency_id     bigint references agency (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint app_user_username_key unique (username),
    constraint app_user_role_check check (role in ('ADMIN', 'PROGRAM_OFFICER', 'AGENCY_COORDINATOR', 'MISSION_COMMANDER', 'ANALYST', 'AUDITOR')),
    constraint app_user_coordinator_agency check (role <> 'AGENCY_COORDINATOR' or agency_id is not null)
);

create table app_user_mission (
    user_id    bigint not null references app_user (id) on delete cascade,
    mission_id bigint not null references mission (id),
    primary key (user_id, mission_id)
);

-- The counting rule of the annual report, in one place: a deployment counts for a period when it is DEPLOYED or
-- COMPLETED and overlaps the period (PLANNED and CANCELLED never count). Each row carries the mission and the
-- top-level mission it rolls up into, so that a person in two components counts once for the parent.
create function counted_deployment(period_from date, period_to date)
returns table (deployment_id bigint, person_id bigint, mission_id bigint, top_mission_id bigint,
               agency_id bigint, gender char(1), leadership boolean)
language sql stable as $$
    select d.id, d.person_id, d.mission_id, coalesce(m.parent_id, m.id), p.agency_id, p.gender, d.leadership
    from deployment d
    join mission m on m.id = d.mission_id
    join person p on p.id = d.person_id
    where d.status in ('DEPLOYED', 'COMPLETED')
      and daterange(d.start_date, d.end_date, '[]') && daterange(period_from, period_to, '[]')
$$;
