-- The results framework: a logic model of outcomes in three levels, indicators computed from the records, targets
-- per fiscal year (program-wide or per mission), and each mission's highlights of a year.

create table outcome (
    id           bigint generated always as identity primary key,
    code         varchar(30)  not null,
    name_en      varchar(300) not null,
    name_fr      varchar(300) not null,
    level        varchar(12)  not null,
    parent_id    bigint,
    -- The level a parent must have, derived from the level: the foreign key below then states the whole rule
    -- (an IMMEDIATE outcome under an INTERMEDIATE one, an INTERMEDIATE under the ULTIMATE), and a parent cannot
    -- change level while it has children.
    parent_level varchar(12) generated always as (
        case level when 'IMMEDIATE' then 'INTERMEDIATE' when 'INTERMEDIATE' then 'ULTIMATE' end) stored,
    version      integer      not null default 0,
    constraint outcome_code_key unique (code),
    constraint outcome_id_level_key unique (id, level),
    constraint outcome_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint outcome_level_check check (level in ('ULTIMATE', 'INTERMEDIATE', 'IMMEDIATE')),
    constraint outcome_parent_check check ((parent_id is null) = (level = 'ULTIMATE')),
    constraint outcome_names_check check (length(trim(name_en)) > 0 and length(trim(name_fr)) > 0),
    constraint outcome_parent_fkey foreign key (parent_id, parent_level) references outcome (id, level)
);
create index outcome_parent_idx on outcome (parent_id);

-- A measure is MEASURE[:CATEGORY[:TYPE]]; only the activity sums take filters.
create table indicator (
    id          bigint generated always as identity primary key,
    code        varchar(30)  not null,
    name_en     varchar(300) not null,
    name_fr     varchar(300) not null,
    outcome_id  bigint       not null references outcome (id),
    numerator   varchar(250) not null,
    denominator varchar(250),
    unit        varchar(10)  not null,
    version     integer      not null default 0,
    constraint indicator_code_key unique (code),
    constraint indicator_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint indicator_unit_check check (unit in ('COUNT', 'PERCENT')),
    constraint indicator_denominator_check check ((denominator is not null) = (unit = 'PERCENT')),
    constraint indicator_numerator_format check (numerator ~
        '^((SESSIONS|PARTICIPANTS|PARTICIPANTS_WOMEN)(:(TRAINING|MENTORING|INVESTIGATION|ADVISORY|OTHER)(:.+)?)?|PERSONNEL|WOMEN|WOMEN_IN_LEADERSHIP)$'),
    constraint indicator_denominator_format check (denominator ~
        '^((SESSIONS|PARTICIPANTS|PARTICIPANTS_WOMEN)(:(TRAINING|MENTORING|INVESTIGATION|ADVISORY|OTHER)(:.+)?)?|PERSONNEL|WOMEN|WOMEN_IN_LEADERSHIP)$'),
    constraint indicator_names_check check (length(trim(name_en)) > 0 and length(trim(name_fr)) > 0)
);
create index indicator_outcome_idx on indicator (outcome_id);

-- A mission that can be deleted has no deployments and no activities, so no results: its targets and highlights
-- go with it.
create table indicator_target (
    id           bigint generated always as identity primary key,
    indicator_id bigint        not null references indicator (id),
    mission_id   bigint        references mission (id) on delete cascade,
    fiscal_year  varchar(7)    not null,
    baseline     numeric(14, 2),
    target       numeric(14, 2) not null,
    version      integer       not null default 0,
    -- One target per indicator, mission (null: the whole program) and year.
    constraint indicator_target_key unique nulls not distinct (indicator_id, mission_id, fiscal_year),
    constraint indicator_target_year_check check (fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'
        and (substr(fiscal_year, 1, 4)::integer + 1) % 100 = substr(fiscal_year, 6, 2)::integer),
    constraint indicator_target_values_check check (target >= 0 and (baseline is null or baseline >= 0))
);
create index indicator_target_year_idx on indicator_target (fiscal_year);

create table highlight (
    id          bigint generated always as identity primary key,
    mission_id  bigint        not null references mission (id) on delete cascade,
    fiscal_year varchar(7)    not null,
    position    integer       not null,
    title_en    varchar(200)  not null,
    title_fr    varchar(200)  not null,
    text_en     varchar(4000) not null,
    text_fr     varchar(4000) not null,
    version     integer       not null default 0,
    constraint highlight_key unique (mission_id, fiscal_year, position),
    constraint highlight_year_check check (fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'
        and (substr(fiscal_year, 1, 4)::integer + 1) % 100 = substr(fiscal_year, 6, 2)::integer),
    constraint highlight_position_check check (position >= 1),
    constraint highlight_texts_check check (length(trim(title_en)) > 0 and length(trim(title_fr)) > 0
        and length(trim(text_en)) > 0 and length(trim(text_fr)) > 0)
);
create index highlight_year_idx on highlight (fiscal_year);
