-- A monthly report's person is its deployment's person (issue 9): the database refuses a report that names another
-- person's deployment, and a change of a deployment's person while reports are filed on it, whatever path tries.
do $$
declare
    wrong text;
begin
    select string_agg(r.id::text, ', ' order by r.id) into wrong
    from monthly_report r join deployment d on d.id = r.deployment_id
    where d.person_id <> r.person_id;
    if wrong is not null then
        raise exception 'monthly reports % name a deployment of another person; correct them, then migrate again', wrong;
    end if;
end $$;

alter table deployment add constraint deployment_id_person_key unique (id, person_id);
alter table monthly_report add constraint monthly_report_deployment_person_fkey
    foreign key (deployment_id, person_id) references deployment (id, person_id);
