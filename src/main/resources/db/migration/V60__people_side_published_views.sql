-- Issue 9, the people side. A module reads another's data only through that module's Java API or through what the
-- owner publishes for others to read: the views below, each marked "published" for its owner in db/owners.properties.
-- They name columns one by one (never *), so that an owner who adds a column publishes it by choice. Simple views:
-- the planner inlines them, and joins whose columns a query does not use are removed (left joins on unique keys), so
-- reading through them costs what reading the tables did. The people side also reads mission_choice and
-- person_summary, which V65 publishes for the mission and person modules.

-- agency: each agency as other modules refer to it, by id or by code, with its names (people lists, users, imports).
create view agency_name as
select a.id, a.code, a.name_en, a.name_fr
from agency a;

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

-- A mission's page counts its commanders, and a mission cannot go while a user names it: both look users up by
-- mission, which the primary key (user_id, mission_id) does not serve.
create index app_user_mission_mission_idx on app_user_mission (mission_id);

-- User names are unique whatever their case: "Admin" and "admin" would be two accounts that people, and the audit
-- log, cannot tell apart. The user module refuses such a name with 409 before writing; this index holds the rule for
-- every other path (two requests at once, plain SQL).
create unique index app_user_username_lower_key on app_user (lower(username));
