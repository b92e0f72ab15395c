-- Readiness items with validity windows (inclusive on both ends; no valid_until = valid forever), the items each
-- mission requires, and the history of a deployment's transitions.

create table readiness_item_code (
    code    varchar(40)  not null primary key,
    name_en varchar(200) not null,
    name_fr varchar(200) not null,
    constraint readiness_item_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$')
);
insert into readiness_item_code (code, name_en, name_fr) values
    ('MEDICAL', 'Medical', 'Examen médical'),
    ('SECURITY_CLEARANCE', 'Security clearance', 'Cote de sécurité'),
    ('PASSPORT', 'Passport', 'Passeport'),
    ('FIREARMS', 'Firearms qualification', 'Qualification au maniement des armes à feu'),
    ('PRE_DEPLOYMENT_TRAINING', 'Pre-deployment training', 'Formation préalable au déploiement'),
    ('LANGUAGE_TEST', 'Language test', 'Test de langue');

create table readiness_item (
    person_id   bigint      not null references person (id) on delete cascade,
    item        varchar(40) not null references readiness_item_code (code),
    valid_from  date        not null,
    valid_until date,
    constraint readiness_item_pkey primary key (person_id, item, valid_from),
    constraint readiness_item_dates_check check (valid_until is null or valid_until >= valid_from)
);

create table mission_required_readiness (
    mission_id bigint      not null references mission (id) on delete cascade,
    item       varchar(40) not null references readiness_item_code (code),
    constraint mission_required_readiness_pkey primary key (mission_id, item)
);

create table deployment_transition (
    id            bigint generated always as identity primary key,
    deployment_id bigint       not null references deployment (id) on delete cascade,
    at            timestamptz  not null default clock_timestamp(),
    username      varchar(60)  not null,
    from_status   varchar(10)  not null,
    to_status     varchar(10)  not null,
    reason        varchar(500)
);
create index deployment_transition_deployment_idx on deployment_transition (deployment_id, at);

-- The history of a mission's authorized strength: on a day, the latest row that took effect on or before it;
-- before the first row, the mission's own authorized_strength.
create table mission_strength (
    mission_id     bigint  not null references mission (id) on delete cascade,
    effective_from date    not null,
    strength       integer not null,
    constraint mission_strength_pkey primary key (mission_id, effective_from),
    constraint mission_strength_check check (strength >= 0)
);
