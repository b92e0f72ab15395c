package ca.contingent.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.contingent.shared.FiscalYear;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes {@link PersonDays} with one set-based statement per table: each deployment is
 * clipped to the year with greatest/least and the clipped days summed, so that the cost
 * does not grow with a query per row.
 */
@Service
public class PersonDaysReports {

    // The clipped days of each deployment that counts for the year (deployment_counts,
    // the report's rule); ? = the year's last day, first day, first day, last day.
    private static final String CLIPPED = """
            with clipped as (
                select d.person_id, d.mission_id, d.term,
                       least(d.end_date, cast(? as date)) - greatest(d.start_date, cast(? as date)) + 1 as days
                from deployment d
                where deployment_counts(d.status, d.start_date, d.end_date, cast(? as date), cast(? as date))
            )
            """;

    private final JdbcClient jdbc;

    private final int cap;

    PersonDaysReports(JdbcClient jdbc, @Value("${contingent.program-cap:150}") int cap) {
        this.jdbc = jdbc;
        this.cap = cap;
    }

    public PersonDays of(FiscalYear year, LocalDate day, String language) {
        long daysInYear = PersonDays.daysIn(year);
        Object[] clip = { year.to(), year.from(), year.from(), year.to() };
        boolean french = "fr".equals(language);

        List<PersonDays.Share> byTerm = this.jdbc.sql(CLIPPED + """
                select term as code, term as name, sum(days) as days from clipped group by term order by term""")
            .params(clip)
            .query((rs, n) -> share(rs.getString("code"), rs.getString("name"), rs.getLong("days"), daysInYear))
            .list();

        List<PersonDays.Share> byAgency = this.jdbc.sql(CLIPPED + """
                select a.code, %s as name, sum(c.days) as days
                from clipped c join person p on p.id = c.person_id join agency a on a.id = p.agency_id
                group by a.code, a.name_en, a.name_fr order by a.code""".formatted(french ? "a.name_fr" : "a.name_en"))
            .params(clip)
            .query((rs, n) -> share(rs.getString("code"), rs.getString("name"), rs.getLong("days"), daysInYear))
            .list();

        // Grouping sets give each top-level mission's total (components rolled up) and
        // each component's own days
        // in one statement; a parent's own deployments are in its total and not repeated
        // as a component.
        record MissionRow(String top, String topName, String component, String componentName, long days) {
        }
        String name = french ? "name_fr" : "name_en";
        List<MissionRow> missionRows = this.jdbc.sql(CLIPPED + """
                select top.code as top, top.%1$s as top_name,
                       case when grouping(m.code) = 1 then null else m.code end as component,
                       case when grouping(m.code) = 1 then null else m.%1$s end as component_name,
                       sum(c.days) as days
                from clipped c
                join mission m on m.id = c.mission_id
                join mission top on top.id = coalesce(m.parent_id, m.id)
                group by grouping sets ((top.code, top.%1$s), (top.code, top.%1$s, m.code, m.%1$s))
                having grouping(m.code) = 1 or m.code <> top.code
                order by top.code, grouping(m.code) desc, m.code""".formatted(name))
            .params(clip)
            .query((rs, n) -> new MissionRow(rs.getString("top"), rs.getString("top_name"), rs.getString("component"),
                    rs.getString("component_name"), rs.getLong("days")))
            .list();
        Map<String, PersonDays.Share> tops = new LinkedHashMap<>();
        Map<String, List<PersonDays.Share>> components = new LinkedHashMap<>();
        for (MissionRow row : missionRows) {
            if (row.component() == null) {
                tops.put(row.top(), share(row.top(), row.topName(), row.days(), daysInYear));
                components.put(row.top(), new ArrayList<>());
            }
            else {
                components.get(row.top()).add(share(row.component(), row.componentName(), row.days(), daysInYear));
            }
        }
        List<PersonDays.MissionShare> byMission = tops.values()
            .stream()
            .map((top) -> new PersonDays.MissionShare(top.code(), top.name(), top.figure(),
                    List.copyOf(components.get(top.code()))))
            .toList();

        long total = byTerm.stream().mapToLong((share) -> share.figure().personDays()).sum();

        // The cap speaks of police officers ("about 150 police officers"): civilian
        // experts are shown beside it.
        PersonDays.Headcount headcount = this.jdbc.sql("""
                select count(distinct d.person_id) as people,
                       count(distinct d.person_id) filter (where p.category = 'POLICE') as police
                from deployment d join person p on p.id = d.person_id
                where deployment_counts(d.status, d.start_date, d.end_date, cast(? as date), cast(? as date))""")
            .params(day, day)
            .query((rs, n) -> new PersonDays.Headcount(day, rs.getLong("people"), rs.getLong("police"), this.cap,
                    rs.getLong("police") > this.cap))
            .single();

        return new PersonDays(year.toString(), year.from(), year.to(), daysInYear,
                PersonDays.Figure.of(total, daysInYear), byTerm, byMission, byAgency, headcount);
    }

    private static PersonDays.Share share(String code, String name, long days, long daysInYear) {
        return new PersonDays.Share(code, name, PersonDays.Figure.of(days, daysInYear));
    }

}
