-- An approved monthly report's activity rows belong to it by a foreign key, not by the convention of their external
-- ids (MR-<person>-<yyyy-mm>-<n>, kept because people see them): reopening removes the rows that name the report, so
-- that a row deleted in between can no longer hide the ones after it from the removal (issue 9). A report with rows
-- cannot be deleted; deleting a row leaves the report alone.
alter table activity add column monthly_report_id bigint references monthly_report (id);
create index activity_monthly_report_idx on activity (monthly_report_id) where monthly_report_id is not null;

-- Rows written before the link name their report in their id: MR-<person>-<yyyy-mm>-<n>, or MR-R<report id>-<n> for
-- a person id too long for the first form. Rows of reports reopened since keep the link too, so that the next
-- approval replaces them rather than adding to them.
update activity a set monthly_report_id = r.id
from monthly_report r
join person p on p.id = r.person_id
where a.monthly_report_id is null
  and (   (starts_with(a.external_id, 'MR-' || p.external_id || '-' || to_char(r.month, 'YYYY-MM') || '-')
           and substr(a.external_id, length('MR-' || p.external_id || '-' || to_char(r.month, 'YYYY-MM') || '-') + 1)
               ~ '^[0-9]+$')
       or (starts_with(a.external_id, 'MR-R' || r.id || '-')
           and substr(a.external_id, length('MR-R' || r.id || '-') + 1) ~ '^[0-9]+$'));
