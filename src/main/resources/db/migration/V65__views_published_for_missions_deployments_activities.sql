-- What the mission, deployment, activity, person and user modules publish for each other to read (issue 9: a module
-- writes only its own tables and reads another's only through what the owner publishes; db/owners.properties names
-- the owner of each view). Plain views: the planner inlines them, so a join through one costs what the join on the
-- table did. mission_choice and person_summary are created or replaced: the people side (V60 on its branch) publishes
-- the same two views with the same definitions, and whichever runs second must leave them as they are.

-- Owner: mission. Every mission as a choice (code, names, the code of the mission it is a component of), with its id
-- for the tables that refer to missions by id. MissionService.choices() is the Java side of the same list.
create or replace view mission_choice as
    select m.id, m.code, m.name_en, m.name_fr, m.parent_id, p.code as parent_code
    from mission m
    left join mission p on p.id = m.parent_id;

-- Owner: person. A person as other modules name, sort and filter them: the external id, the names and their search
-- keys, the languages spoken, and the agency by id and code.
create or replace view person_summary as
    select p.id, p.external_id, p.family_name, p.given_name, p.family_key, p.given_key, p.languages, p.agency_id,
           a.code as agency_code
    from person p
    join agency a on a.id = p.agency_id;

-- Owners: deployment, activity and user. How many of their records refer to each mission (a mission that has any
-- cannot be deleted; its page shows the first two counts).
create view deployment_per_mission as
    select mission_id, count(*)::integer as deployments from deployment group by mission_id;

create view activity_per_mission as
    select mission_id, count(*)::integer as activities from activity group by mission_id;

create view app_user_per_mission as
    select mission_id, count(*)::integer as users from app_user_mission group by mission_id;
