package ca.contingent.monthly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import ca.contingent.person.Scope;
import ca.contingent.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link MonthlyReport}s with their lines, appends their history, and
 * answers the module's lists. Other modules' records are read only through what they
 * publish: the person's name ({@code person_name}), the deployment's stay
 * ({@code deployment_stay}), the mission's code ({@code mission_code}) and which
 * deployments count in a period ({@code counted_deployment}), each narrowed by the
 * caller's {@link Scope}.
 */
@Repository
class MonthlyReportRepository {

    private static final String SELECT = """
            select r.id, r.person_id, r.deployment_id, r.month, r.status, r.results, r.narrative, r.version,
                   p.external_id as person, p.family_name, p.given_name, d.external_id as deployment,
                   m.code as mission
            from monthly_report r
            join person_name p on p.id = r.person_id
            join deployment_stay d on d.id = r.deployment_id
            join mission_code m on m.id = d.mission_id
            """;

    private final JdbcClient jdbc;

    MonthlyReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report of this person and month, when it lies within the scope. */
    Optional<Loaded> find(Scope scope, String person, ReportMonth month) {
        List<Object> params = new ArrayList<>(List.of(person, month.first()));
        String where = "where p.external_id = ? and r.month = ? and " + scope.deployments("d", params);
        return this.jdbc.sql(SELECT + where)
            .params(params)
            .query((rs, row) -> loaded(rs))
            .optional()
            .map(this::withLines);
    }

    Loaded get(long id) {
        return withLines(this.jdbc.sql(SELECT + "where r.id = ?").param(id).query((rs, row) -> loaded(rs)).single());
    }

    /**
     * The reports within the scope, newest month first, narrowed by mission (a parent
     * with its components), month and status.
     */
    List<MonthlyReportRow> list(Scope scope, String mission, ReportMonth month, MonthlyReportStatus status) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where ").append(scope.deployments("d", params));
        if (mission != null) {
            where.append(" and ? in (m.code, m.parent_code)");
            params.add(mission);
        }
        if (month != null) {
            where.append(" and r.month = ?");
            params.add(month.first());
        }
        if (status != null) {
            where.append(" and r.status = ?");
            params.add(status.name());
        }
        return this.jdbc.sql(SELECT + where + " order by r.month desc, p.family_name, p.given_name, p.external_id")
            .params(params)
            .query((rs, row) -> {
                MonthlyReport report = loaded(rs).report();
                return new MonthlyReportRow(report.key(), report.person(), rs.getString("family_name"),
                        rs.getString("given_name"), rs.getString("mission"), report.month().toString(),
                        report.status());
            })
            .list();
    }

    /**
     * A new report with its lines; the database's unique key refuses a second one for the
     * person's month. Answers its id.
     */
    long insert(MonthlyReport draft, Instant at) {
        long id = this.jdbc.sql("""
                insert into monthly_report (person_id, deployment_id, month, status, results, narrative,
                                            created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(draft.personId(), draft.deploymentId(), draft.month().first(), draft.status().name(),
                    draft.results(), draft.narrative(), Timestamp.from(at), Timestamp.from(at))
            .query(Long.class)
            .single();
        insertLines(id, draft.lines());
        return id;
    }

    /**
     * Writes the report's status, texts and lines, provided that it is still at the
     * version it was read at (409 otherwise: someone else changed it in between).
     */
    void save(MonthlyReport report, Instant at) {
        int updated = this.jdbc.sql("""
                update monthly_report set status = ?, results = ?, narrative = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
            .params(report.status().name(), report.results(), report.narrative(), Timestamp.from(at), report.id(),
                    report.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("monthly.stale", report.key());
        }
        this.jdbc.sql("delete from monthly_report_line where report_id = ?").param(report.id()).update();
        insertLines(report.id(), report.lines());
    }

    /** Appends a step to the report's history. */
    void recordStep(long reportId, MonthlyReportView.StepRecord step) {
        this.jdbc.sql("""
                insert into monthly_report_step (report_id, at, username, from_status, to_status, comment)
                values (?, ?, ?, ?, ?, ?)""")
            .params(reportId, Timestamp.from(step.at()), step.user(), step.from().name(), step.to().name(),
                    step.comment())
            .update();
    }

    List<MonthlyReportView.StepRecord> steps(long reportId) {
        return this.jdbc.sql("""
                select at, username, from_status, to_status, comment from monthly_report_step
                where report_id = ? order by at, id""")
            .param(reportId)
            .query((rs, row) -> new MonthlyReportView.StepRecord(rs.getTimestamp("at").toInstant(),
                    rs.getString("username"),
                    rs.getString("from_status") == null ? null
                            : MonthlyReportStatus.valueOf(rs.getString("from_status")),
                    MonthlyReportStatus.valueOf(rs.getString("to_status")), rs.getString("comment")))
            .list();
    }

    boolean exists(long personId, ReportMonth month) {
        return this.jdbc.sql("select count(*) from monthly_report where person_id = ? and month = ?")
            .params(personId, month.first())
            .query(Integer.class)
            .single() > 0;
    }

    /** The person's external id, which names their reports. */
    String personExternalId(long personId) {
        return this.jdbc.sql("select external_id from person_name where id = ?")
            .param(personId)
            .query(String.class)
            .single();
    }

    /**
     * The person's deployment that a report on the month is about: one that counts in the
     * month (a DEPLOYED or COMPLETED deployment with at least one of its days, the rule
     * of {@code counted_deployment}), the chosen one when given, else the latest to
     * start.
     */
    Optional<Long> deploymentIn(long personId, ReportMonth month, String chosen) {
        List<Object> params = new ArrayList<>(List.of(month.first(), month.last(), personId));
        String sql = """
                select c.deployment_id from counted_deployment(?, ?) c
                join deployment_stay d on d.id = c.deployment_id
                where c.person_id = ?""";
        if (chosen != null) {
            sql += " and d.external_id = ?";
            params.add(chosen);
        }
        return this.jdbc.sql(sql + " order by d.start_date desc limit 1").params(params).query(Long.class).optional();
    }

    /**
     * The person's deployments that a report may be about, newest first: those that count
     * at some time (DEPLOYED or COMPLETED).
     */
    List<MonthlyReports.DeploymentChoice> deploymentChoices(long personId) {
        return this.jdbc.sql("""
                select d.external_id, m.code as mission, d.start_date, d.end_date
                from counted_deployment(date '-infinity', date 'infinity') c
                join deployment_stay d on d.id = c.deployment_id
                join mission_code m on m.id = c.mission_id
                where c.person_id = ?
                order by d.start_date desc""").param(personId).query(MonthlyReports.DeploymentChoice.class).list();
    }

    /**
     * Each month up to {@code lastEnded} in which a person of the scope had a deployment
     * that counts (DEPLOYED or COMPLETED on at least one of its days), with no report
     * SUBMITTED, REVIEWED or APPROVED for it; narrowed by mission (a parent with its
     * components) and month; newest month first.
     */
    List<OwedMonth> owed(Scope scope, LocalDate lastEnded, String mission, ReportMonth month) {
        List<Object> params = new ArrayList<>();
        params.add(lastEnded);
        params.add(lastEnded);
        String scoped = scope.deployments("c", params);
        // A report the member may still change (a draft, a returned one) does not pay the
        // month.
        List<String> editable = Arrays.stream(MonthlyReportStatus.values())
            .filter(MonthlyReportStatus::editable)
            .map(Enum::name)
            .toList();
        params.addAll(editable);
        String stillOwed = String.join(", ", Collections.nCopies(editable.size(), "?"));
        StringBuilder filters = new StringBuilder();
        if (mission != null) {
            filters.append(" and ? in (mi.code, mi.parent_code)");
            params.add(mission);
        }
        if (month != null) {
            filters.append(" and s.month = ?");
            params.add(month.first());
        }
        // A deployment that counts in some month up to the last ended one counts in
        // each month of its stay: counted_deployment from the beginning of time finds it,
        // the stay gives its months.
        String sql = """
                select distinct on (s.month, p.family_name, p.given_name, p.external_id)
                       p.external_id as person, p.family_name, p.given_name, mi.code as mission, s.month,
                       r.status
                from (select c.person_id, c.mission_id, gs::date as month
                      from counted_deployment(date '-infinity', ?) c
                      join deployment_stay d on d.id = c.deployment_id
                      cross join lateral generate_series(date_trunc('month', d.start_date),
                                                         date_trunc('month', least(d.end_date, ?)),
                                                         interval '1 month') gs
                      where %s) s
                join person_name p on p.id = s.person_id
                join mission_code mi on mi.id = s.mission_id
                left join monthly_report r on r.person_id = s.person_id and r.month = s.month
                where (r.status is null or r.status in (%s))%s
                order by s.month desc, p.family_name, p.given_name, p.external_id, mi.code
                """.formatted(scoped, stillOwed, filters);
        return this.jdbc.sql(sql)
            .params(params)
            .query((rs, row) -> new OwedMonth(rs.getString("person"), rs.getString("family_name"),
                    rs.getString("given_name"), rs.getString("mission"),
                    ReportMonth.of(rs.getObject("month", LocalDate.class)).toString(),
                    rs.getString("status") == null ? null : MonthlyReportStatus.valueOf(rs.getString("status"))))
            .list();
    }

    private List<ReportLine> lines(long reportId) {
        return this.jdbc.sql("""
                select category, type, sessions, participants, participants_women from monthly_report_line
                where report_id = ? order by position""")
            .param(reportId)
            .query((rs, row) -> new ReportLine(rs.getString("category"), rs.getString("type"), rs.getInt("sessions"),
                    (Integer) rs.getObject("participants"), (Integer) rs.getObject("participants_women")))
            .list();
    }

    private void insertLines(long reportId, List<ReportLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ReportLine line = lines.get(i);
            this.jdbc.sql("""
                    insert into monthly_report_line (report_id, position, category, type, sessions, participants,
                                                     participants_women)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, i + 1, line.category(), line.type(), line.sessions(), line.participants(),
                        line.participantsWomen())
                .update();
        }
    }

    /** A report as its row holds it, its lines not yet read. */
    private static Loaded loaded(ResultSet rs) throws SQLException {
        MonthlyReport report = new MonthlyReport(rs.getLong("id"), rs.getString("person"), rs.getLong("person_id"),
                rs.getLong("deployment_id"), ReportMonth.of(rs.getObject("month", LocalDate.class)),
                MonthlyReportStatus.valueOf(rs.getString("status")), rs.getString("results"), rs.getString("narrative"),
                List.of(), rs.getInt("version"));
        return new Loaded(report, rs.getString("family_name"), rs.getString("given_name"), rs.getString("deployment"),
                rs.getString("mission"));
    }

    private Loaded withLines(Loaded loaded) {
        MonthlyReport report = loaded.report();
        return new Loaded(
                new MonthlyReport(report.id(), report.person(), report.personId(), report.deploymentId(),
                        report.month(), report.status(), report.results(), report.narrative(), lines(report.id()),
                        report.version()),
                loaded.familyName(), loaded.givenName(), loaded.deployment(), loaded.mission());
    }

    /**
     * A report with what its page and lists show of the other aggregates it refers to:
     * the person's name, the deployment's id and its mission's code.
     */
    record Loaded(MonthlyReport report, String familyName, String givenName, String deployment, String mission) {
    }

}
