-- What the person, deployment and mission modules publish for other modules to read (first for the monthly reports,
-- issue 9), so that those read no table they do not own. Each view shows only what a reader may rely on; the rule of
-- which deployments count (DEPLOYED or COMPLETED, overlapping a period) stays in counted_deployment, so the
-- deployment's view has no status.

-- A person as others name them: their external id and their name.
create view person_name as
select id, external_id, family_name, given_name from person;

-- A deployment's whose, where and when: its external id, its person, its mission and its first and last days.
create view deployment_stay as
select id, external_id, person_id, mission_id, start_date, end_date from deployment;

-- A mission's code and the code of the mission it is a component of (null for a mission without a parent), so that a
-- filter on a mission takes in its components: "? in (code, parent_code)".
create view mission_code as
select m.id, m.code, parent.code as parent_code
from mission m left join mission parent on parent.id = m.parent_id;
