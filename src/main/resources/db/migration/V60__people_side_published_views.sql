-- Issue 9, the people side. A module reads another's data only through that module's Java API or through what the
-- owner publishes for others to read: the views below, each marked "published" for its owner in db/owners.properties.
-- They name columns one by one (never *), so that an owner who adds a column publishes it by choice. Simple views:
-- the planner inlines them, and joins whose columns a query does not use are removed (left joins on unique keys), so
-- reading through them costs what reading the tables did.

-- agency: each agency as other modules refer to it, by id or by code, with its names (people lists, users, imports).
create view agency_name as
select a.id, a.code, a.name_en, a.name_fr
from agency a;

-- person: a person as other modules name, sort and filter them: the external id, the names and their search keys,
-- the languages spoken, and the agency by id and code (imports and users meet people by external id through it).
-- The same definition as the missions side's (issue 9), so that both sides read one view.
create view person_summary as
    select p.id, p.external_id, p.family_name, p.given_name, p.family_key, p.given_key, p.languages, p.agency_id,
           a.code as agency_code
    from person p
    join agency a on a.id = p.agency_id;

-- person: how many people each agency has on the roster (the agency list, and why an agency cannot be deleted).
create view person_agency_count as
select p.agency_id, count(*) as people
from person p
group by p.agency_id;

-- user: the scope data of each account (role, agency of a coordinator, person of a member), from which the person
-- module narrows every roster and deployment query; agency and person read it before a delete.
create view user_scope as
select u.id as user_id, u.username, u.role, u.enabled, u.agency_id, u.person_id
from app_user u;

-- user: the missions of each mission commander (their components are the mission module's to add).
create view user_scope_mission as
select um.user_id, um.mission_id
from app_user_mission um;

-- deployment: every deployment with its mission's code and names, as a person's page lists them and as the people
-- scope of a mission commander finds them.
create view person_deployment as
select d.id, d.external_id, d.person_id, d.mission_id, m.code as mission_code, m.name_en as mission_name_en,
       m.name_fr as mission_name_fr, d.role, d.leadership, d.term, d.start_date, d.end_date, d.status
from deployment d
left join mission m on m.id = d.mission_id;

-- mission: every mission as a choice (code, names, the code of the mission it is a component of), with its id for
-- the tables that refer to missions by id (a commander's missions and their components, a mission's parent's required
-- readiness). The same definition as the missions side's (issue 9), so that both sides read one view.
create view mission_choice as
    select m.id, m.code, m.name_en, m.name_fr, m.parent_id, p.code as parent_code
    from mission m
    left join mission p on p.id = m.parent_id;

-- A mission's page counts its commanders, and a mission cannot go while a user names it: both look users up by
-- mission, which the primary key (user_id, mission_id) does not serve.
create index app_user_mission_mission_idx on app_user_mission (mission_id);

-- User names are unique whatever their case: "Admin" and "admin" would be two accounts that people, and the audit
-- log, cannot tell apart. The user module refuses such a name with 409 before writing; this index holds the rule for
-- every other path (two requests at once, plain SQL).
create unique index app_user_username_lower_key on app_user (lower(username));
