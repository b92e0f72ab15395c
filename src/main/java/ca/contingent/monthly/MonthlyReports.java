package ca.contingent.monthly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.activity.ActivityCategory;
import ca.contingent.activity.ActivityForm;
import ca.contingent.activity.ActivityService;
import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.person.Scope;
import ca.contingent.person.ScopeResolver;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly reports: the member's drafts and edits, the workflow's steps, the lists and the
 * reminder list. Every read and write is limited by the caller's {@link Scope} applied to
 * the report's deployment: a member reaches their own reports, a commander those of
 * deployments to their missions (components included), headquarters all; a report outside
 * the scope is answered as if it did not exist. The role decides which steps a caller may
 * take (403 for others); the report's status decides whether the step may be taken now
 * (409).
 */
@Service
public class MonthlyReports {

    static final int MAX_LINES = 50;

    static final int TYPE_MAX = 200;

    static final int RESULTS_MAX = 4000;

    static final int NARRATIVE_MAX = 2000;

    static final int COMMENT_MAX = 1000;

    static final int ACTIVITY_ID_MAX = 40;

    private static final String ENTITY = "monthly_report";

    private static final String SELECT = """
            select r.id, r.person_id, r.month, r.status, r.results, r.narrative, r.version, p.external_id as person,
                   p.family_name, p.given_name, d.external_id as deployment, m.code as mission
            from monthly_report r
            join person p on p.id = r.person_id
            join deployment d on d.id = r.deployment_id
            join mission m on m.id = d.mission_id
            """;

    private final JdbcClient jdbc;

    private final ScopeResolver scopes;

    private final ActivityService activities;

    private final AuditLog audit;

    private final Clock clock;

    MonthlyReports(JdbcClient jdbc, ScopeResolver scopes, ActivityService activities, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    // Reads

    /**
     * The reports the caller may see, newest month first, narrowed by mission (or its
     * parent), month and status.
     */
    @Transactional(readOnly = true)
    public List<MonthlyReportRow> list(Authentication caller, String mission, String month,
            MonthlyReportStatus status) {
        Scope scope = this.scopes.of(caller);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where ").append(scope.deployments("d", params));
        if (mission != null && !mission.isBlank()) {
            where.append(" and (m.code = ? or m.parent_id = (select id from mission where code = ?))");
            params.add(mission.strip());
            params.add(mission.strip());
        }
        ReportMonth reportMonth = ReportMonth.parseOrNull(month);
        if (reportMonth != null) {
            where.append(" and r.month = ?");
            params.add(reportMonth.first());
        }
        if (status != null) {
            where.append(" and r.status = ?");
            params.add(status.name());
        }
        return this.jdbc.sql(SELECT + where + " order by r.month desc, p.family_name, p.given_name, p.external_id")
            .params(params)
            .query((rs, row) -> {
                Report report = report(rs);
                return new MonthlyReportRow(report.key(), report.person(), report.familyName(), report.givenName(),
                        report.mission(), report.month().toString(), report.status());
            })
            .list();
    }

    @Transactional(readOnly = true)
    public MonthlyReportView get(Authentication caller, String key) {
        return view(find(this.scopes.of(caller), key));
    }

    /**
     * The member's deployments that a report may be about: DEPLOYED or COMPLETED, newest
     * first.
     */
    @Transactional(readOnly = true)
    public List<DeploymentChoice> deployments(Authentication caller) {
        Optional<Long> person = this.scopes.of(caller).ownPerson();
        if (person.isEmpty()) {
            return List.of();
        }
        return this.jdbc.sql("""
                select d.external_id, m.code as mission, d.start_date, d.end_date
                from deployment d join mission m on m.id = d.mission_id
                where d.person_id = ? and d.status in ('DEPLOYED', 'COMPLETED')
                order by d.start_date desc""").param(person.get()).query(DeploymentChoice.class).list();
    }

    /** A deployment a member may report on, for the form's choice. */
    public record DeploymentChoice(String externalId, String mission, LocalDate startDate, LocalDate endDate) {
    }

    /**
     * Who owes which month: each person with a DEPLOYED or COMPLETED deployment on at
     * least one day of a month that has ended (by the injected clock), with no report
     * SUBMITTED, REVIEWED or APPROVED for it. A draft or a returned report still owes the
     * month. Narrowed to the caller's scope, a mission (its components included) and a
     * month; newest month first.
     */
    @Transactional(readOnly = true)
    public List<OwedMonth> owed(Authentication caller, String mission, String month) {
        Scope scope = this.scopes.of(caller);
        LocalDate lastEnded = YearMonthOf.previousMonthEnd(LocalDate.now(this.clock));
        List<Object> params = new ArrayList<>();
        params.add(lastEnded);
        params.add(lastEnded);
        String scoped = scope.deployments("d", params);
        StringBuilder filters = new StringBuilder();
        if (mission != null && !mission.isBlank()) {
            filters.append(" and (mi.code = ? or mi.parent_id = (select id from mission where code = ?))");
            params.add(mission.strip());
            params.add(mission.strip());
        }
        ReportMonth reportMonth = ReportMonth.parseOrNull(month);
        if (reportMonth != null) {
            filters.append(" and s.month = ?");
            params.add(reportMonth.first());
        }
        String sql = """
                select distinct on (s.month, p.family_name, p.given_name, p.external_id)
                       p.external_id as person, p.family_name, p.given_name, mi.code as mission, s.month,
                       r.status
                from (select d.person_id, d.mission_id, gs::date as month
                      from deployment d
                      cross join lateral generate_series(date_trunc('month', d.start_date),
                                                         date_trunc('month', least(d.end_date, ?)),
                                                         interval '1 month') gs
                      where d.status in ('DEPLOYED', 'COMPLETED') and d.start_date <= ? and %s) s
                join person p on p.id = s.person_id
                join mission mi on mi.id = s.mission_id
                left join monthly_report r on r.person_id = s.person_id and r.month = s.month
                where (r.status is null or r.status in ('DRAFT', 'RETURNED'))%s
                order by s.month desc, p.family_name, p.given_name, p.external_id, mi.code
                """.formatted(scoped, filters);
        return this.jdbc.sql(sql)
            .params(params)
            .query((rs, row) -> new OwedMonth(rs.getString("person"), rs.getString("family_name"),
                    rs.getString("given_name"), rs.getString("mission"),
                    ReportMonth.of(rs.getObject("month", LocalDate.class)).toString(),
                    rs.getString("status") == null ? null : MonthlyReportStatus.valueOf(rs.getString("status"))))
            .list();
    }

    // The member's writes

    /**
     * A member's new draft. Every broken rule is reported at once (422) and nothing is
     * written: a malformed month, a month in which the member had no DEPLOYED or
     * COMPLETED deployment, a second report for the month, bad lines.
     */
    @Transactional
    public MonthlyReportView create(Authentication caller, MonthlyReportForm form) {
        requireRole(caller, "MEMBER");
        long personId = this.scopes.of(caller).ownPerson().orElseThrow(() -> new AccessDeniedException("no person"));
        List<FieldError> errors = new ArrayList<>();
        ReportMonth month = ReportMonth.parseOrNull(form.month());
        Long deploymentId = null;
        if (form.month() == null || form.month().isEmpty()) {
            errors.add(new FieldError("month", "monthly.month.required"));
        }
        else if (month == null) {
            errors.add(new FieldError("month", "monthly.month.malformed", form.month()));
        }
        else {
            deploymentId = deployment(personId, month, form.deployment(), errors);
            if (deploymentId != null && exists(personId, month)) {
                errors.add(new FieldError("month", "monthly.month.taken", month.toString()));
            }
        }
        checkContent(form, errors);
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        long id;
        try {
            id = this.jdbc.sql("""
                    insert into monthly_report (person_id, deployment_id, month, status, results, narrative,
                                                created_at, updated_at)
                    values (?, ?, ?, 'DRAFT', ?, ?, ?, ?) returning id""")
                .params(personId, deploymentId, month.first(), form.results(), form.narrative(), now(), now())
                .query(Long.class)
                .single();
        }
        catch (DuplicateKeyException ex) {
            throw UnprocessableException.of("month", "monthly.month.taken", month.toString());
        }
        insertLines(id, form.lines());
        MonthlyReportView created = view(byId(id));
        this.audit.change(AuditAction.CREATE, ENTITY, created.key(), null, Audited.of(created, null, null));
        return created;
    }

    /**
     * The member's edit of their DRAFT or RETURNED report, at the version they saw: the
     * lines, results and narrative (month and deployment stay). An APPROVED report is
     * locked; a report waiting for review is not the member's to change (both 409).
     */
    @Transactional
    public MonthlyReportView update(Authentication caller, String key, MonthlyReportForm form) {
        requireRole(caller, "MEMBER");
        Report report = find(this.scopes.of(caller), key);
        if (report.status() == MonthlyReportStatus.APPROVED) {
            throw new ConflictException("monthly.locked", report.key());
        }
        if (!report.status().editable()) {
            throw new ConflictException("monthly.notEditable", report.key(), report.status().name());
        }
        List<FieldError> errors = new ArrayList<>();
        checkContent(form, errors);
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        MonthlyReportView before = view(report);
        int updated = this.jdbc.sql("""
                update monthly_report set results = ?, narrative = ?, updated_at = ?, version = version + 1
                where id = ? and version = ? and status in ('DRAFT', 'RETURNED')""")
            .params(form.results(), form.narrative(), now(), report.id(), form.version() == null ? -1 : form.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("monthly.stale", report.key());
        }
        this.jdbc.sql("delete from monthly_report_line where report_id = ?").param(report.id()).update();
        insertLines(report.id(), form.lines());
        MonthlyReportView after = view(byId(report.id()));
        this.audit.change(AuditAction.UPDATE, ENTITY, report.key(), Audited.of(before, null, null),
                Audited.of(after, null, null));
        return after;
    }

    // The workflow

    /**
     * Takes one step: 403 when the caller's role may not take it, 404 when the report is
     * outside their scope, 422 when a required comment is missing or too long, 409 when
     * the report's status does not allow it. Approving writes the report's lines as
     * activity rows and reopening removes them, in the same transaction.
     */
    @Transactional
    public MonthlyReportView step(Authentication caller, String key, Step step, String comment) {
        if (!step.allows(roles(caller))) {
            throw new AccessDeniedException("step " + step + " not allowed");
        }
        Report report = find(this.scopes.of(caller), key);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (step.needsComment() && text == null) {
            throw UnprocessableException.of(step == Step.REOPEN ? "reason" : "comment",
                    step == Step.REOPEN ? "monthly.reason.required" : "monthly.comment.required");
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw UnprocessableException.of(step == Step.REOPEN ? "reason" : "comment", "monthly.comment.tooLong",
                    COMMENT_MAX);
        }
        if (!step.startsFrom(report.status())) {
            throw new ConflictException("monthly.step.refused", report.key(), step.path(), report.status().name());
        }
        MonthlyReportView before = view(report);
        // Guarded on the status read above, so that two steps racing on one report cannot
        // both pass.
        int updated = this.jdbc.sql("""
                update monthly_report set status = ?, updated_at = ?, version = version + 1
                where id = ? and status = ?""")
            .params(step.to().name(), now(), report.id(), report.status().name())
            .update();
        if (updated == 0) {
            throw new ConflictException("monthly.stale", report.key());
        }
        this.jdbc.sql("""
                insert into monthly_report_step (report_id, at, username, from_status, to_status, comment)
                values (?, ?, ?, ?, ?, ?)""")
            .params(report.id(), now(), caller.getName(), report.status().name(), step.to().name(), text)
            .update();
        if (step == Step.APPROVE) {
            writeActivities(report, before.lines());
        }
        else if (step == Step.REOPEN) {
            removeActivities(report);
        }
        MonthlyReportView after = view(byId(report.id()));
        this.audit.change(AuditAction.UPDATE, ENTITY, report.key(), Audited.of(before, null, null),
                Audited.of(after, step, text));
        return after;
    }

    /**
     * The external id of the activity row made from a line ({@code n} from 1):
     * {@code MR-<person>-<yyyy-mm>-<n>}, stable, so that re-approving after a reopening
     * replaces rows rather than adding more. A person id long enough to push it past the
     * activity's 40 characters uses the report's own number instead.
     */
    static String activityId(String person, ReportMonth month, long reportId, int n) {
        String id = "MR-" + person + "-" + month + "-" + n;
        return id.length() <= ACTIVITY_ID_MAX ? id : "MR-R" + reportId + "-" + n;
    }

    /**
     * Each line becomes an activity of the deployment's mission dated the month's last
     * day: the day the month's work is complete, and the same fiscal year as every other
     * day of the month.
     */
    private void writeActivities(Report report, List<ReportLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ReportLine line = lines.get(i);
            String externalId = activityId(report.person(), report.month(), report.id(), i + 1);
            Optional<ca.contingent.activity.Activity> existing = this.activities.find(externalId);
            ActivityForm form = new ActivityForm(externalId, report.mission(), report.month().last(),
                    ActivityCategory.valueOf(line.category()), line.type(), line.sessions(), line.participants(),
                    line.participantsWomen(), existing.map(ca.contingent.activity.Activity::version).orElse(null));
            if (existing.isPresent()) {
                this.activities.update(externalId, form);
            }
            else {
                this.activities.create(form);
            }
        }
        // Rows of an earlier approval with more lines than this one.
        for (int n = lines.size() + 1;; n++) {
            String externalId = activityId(report.person(), report.month(), report.id(), n);
            if (this.activities.find(externalId).isEmpty()) {
                break;
            }
            this.activities.delete(externalId);
        }
    }

    private void removeActivities(Report report) {
        for (int n = 1;; n++) {
            String externalId = activityId(report.person(), report.month(), report.id(), n);
            if (this.activities.find(externalId).isEmpty()) {
                break;
            }
            this.activities.delete(externalId);
        }
    }

    // Checks

    private Long deployment(long personId, ReportMonth month, String chosen, List<FieldError> errors) {
        List<Object> params = new ArrayList<>(List.of(personId, month.last(), month.first()));
        String sql = """
                select d.id from deployment d
                where d.person_id = ? and d.status in ('DEPLOYED', 'COMPLETED')
                  and d.start_date <= ? and d.end_date >= ?""";
        if (chosen != null) {
            sql += " and d.external_id = ?";
            params.add(chosen);
        }
        Optional<Long> found = this.jdbc.sql(sql + " order by d.start_date desc limit 1")
            .params(params)
            .query(Long.class)
            .optional();
        if (found.isEmpty()) {
            if (chosen != null) {
                errors.add(new FieldError("deployment", "monthly.deployment.notInMonth", chosen, month.toString()));
            }
            else {
                errors.add(new FieldError("month", "monthly.month.notDeployed", month.toString()));
            }
        }
        return found.orElse(null);
    }

    private boolean exists(long personId, ReportMonth month) {
        return this.jdbc.sql("select count(*) from monthly_report where person_id = ? and month = ?")
            .params(personId, month.first())
            .query(Integer.class)
            .single() > 0;
    }

    /**
     * The lines, results and narrative; a line's errors name its field and its number
     * (from 1).
     */
    private static void checkContent(MonthlyReportForm form, List<FieldError> errors) {
        if (form.results().length() > RESULTS_MAX) {
            errors.add(new FieldError("results", "monthly.results.tooLong", RESULTS_MAX));
        }
        if (form.narrative().length() > NARRATIVE_MAX) {
            errors.add(new FieldError("narrative", "monthly.narrative.tooLong", NARRATIVE_MAX));
        }
        if (form.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", "monthly.lines.tooMany", MAX_LINES));
            return;
        }
        for (int i = 0; i < form.lines().size(); i++) {
            ReportLine line = form.lines().get(i);
            int n = i + 1;
            String field = "lines[" + i + "].";
            if (line.category() == null) {
                errors.add(new FieldError(field + "category", "monthly.line.category.required", n));
            }
            else if (Arrays.stream(ActivityCategory.values()).noneMatch((c) -> c.name().equals(line.category()))) {
                errors.add(new FieldError(field + "category", "monthly.line.category.unknown", n, line.category()));
            }
            if (line.type() == null) {
                errors.add(new FieldError(field + "type", "monthly.line.type.required", n));
            }
            else if (line.type().length() > TYPE_MAX) {
                errors.add(new FieldError(field + "type", "monthly.line.type.tooLong", n, TYPE_MAX));
            }
            if (line.sessions() == null) {
                errors.add(new FieldError(field + "sessions", "monthly.line.sessions.required", n));
            }
            else if (line.sessions() < 0) {
                errors.add(new FieldError(field + "sessions", "monthly.line.negative", n));
            }
            if (line.participants() != null && line.participants() < 0) {
                errors.add(new FieldError(field + "participants", "monthly.line.negative", n));
            }
            if (line.participantsWomen() != null && line.participantsWomen() < 0) {
                errors.add(new FieldError(field + "participantsWomen", "monthly.line.negative", n));
            }
            else if (line.participantsWomen() != null
                    && line.participantsWomen() > (line.participants() == null ? 0 : line.participants())) {
                errors.add(new FieldError(field + "participantsWomen", "monthly.line.womenAboveParticipants", n,
                        line.participantsWomen(), line.participants() == null ? 0 : line.participants()));
            }
        }
    }

    private static void requireRole(Authentication caller, String role) {
        if (!roles(caller).contains(role)) {
            throw new AccessDeniedException("only " + role);
        }
    }

    static Set<String> roles(Authentication caller) {
        if (caller == null) {
            return Set.of();
        }
        return caller.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .map((authority) -> authority.replaceFirst("^ROLE_", ""))
            .collect(Collectors.toSet());
    }

    // Rows

    private Report find(Scope scope, String key) {
        Key parsed = Key.parse(key);
        if (parsed == null) {
            throw NotFoundException.of(ENTITY, key);
        }
        List<Object> params = new ArrayList<>(List.of(parsed.person(), parsed.month().first()));
        String where = "where p.external_id = ? and r.month = ? and " + scope.deployments("d", params);
        return this.jdbc.sql(SELECT + where)
            .params(params)
            .query((rs, row) -> report(rs))
            .optional()
            .orElseThrow(() -> NotFoundException.of(ENTITY, key));
    }

    private Report byId(long id) {
        return this.jdbc.sql(SELECT + "where r.id = ?").param(id).query((rs, row) -> report(rs)).single();
    }

    private MonthlyReportView view(Report report) {
        List<ReportLine> lines = this.jdbc.sql("""
                select category, type, sessions, participants, participants_women from monthly_report_line
                where report_id = ? order by position""")
            .param(report.id())
            .query((rs, row) -> new ReportLine(rs.getString("category"), rs.getString("type"), rs.getInt("sessions"),
                    (Integer) rs.getObject("participants"), (Integer) rs.getObject("participants_women")))
            .list();
        List<MonthlyReportView.StepRecord> steps = this.jdbc.sql("""
                select at, username, from_status, to_status, comment from monthly_report_step
                where report_id = ? order by at, id""")
            .param(report.id())
            .query((rs, row) -> new MonthlyReportView.StepRecord(rs.getTimestamp("at").toInstant(),
                    rs.getString("username"),
                    rs.getString("from_status") == null ? null
                            : MonthlyReportStatus.valueOf(rs.getString("from_status")),
                    MonthlyReportStatus.valueOf(rs.getString("to_status")), rs.getString("comment")))
            .list();
        return new MonthlyReportView(report.key(), report.person(), report.familyName(), report.givenName(),
                report.deployment(), report.mission(), report.month().toString(), report.status(), report.results(),
                report.narrative(), lines, steps, report.version());
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

    private Timestamp now() {
        return Timestamp.from(this.clock.instant());
    }

    private static Report report(ResultSet rs, int... ignored) throws SQLException {
        return new Report(rs.getLong("id"), rs.getString("person"), rs.getString("family_name"),
                rs.getString("given_name"), rs.getString("deployment"), rs.getString("mission"),
                ReportMonth.of(rs.getObject("month", LocalDate.class)),
                MonthlyReportStatus.valueOf(rs.getString("status")), rs.getString("results"), rs.getString("narrative"),
                rs.getInt("version"));
    }

    private record Report(long id, String person, String familyName, String givenName, String deployment,
            String mission, ReportMonth month, MonthlyReportStatus status, String results, String narrative,
            int version) {

        String key() {
            return Key.of(this.person, this.month);
        }

    }

    /**
     * The report's key in addresses and the audit log:
     * {@code <person external id>-<yyyy-mm>}.
     */
    record Key(String person, ReportMonth month) {

        static String of(String person, ReportMonth month) {
            return person + "-" + month;
        }

        static Key parse(String key) {
            if (key == null || key.length() < 9 || key.charAt(key.length() - 8) != '-') {
                return null;
            }
            ReportMonth month = ReportMonth.parseOrNull(key.substring(key.length() - 7));
            return month == null ? null : new Key(key.substring(0, key.length() - 8), month);
        }

    }

    /**
     * What the audit log keeps of a report, with the step taken and its comment or reason
     * when there is one.
     */
    record Audited(String key, String person, String deployment, String mission, String month,
            MonthlyReportStatus status, String results, String narrative, List<ReportLine> lines, int version,
            Step step, String comment) {

        static Audited of(MonthlyReportView view, Step step, String comment) {
            return new Audited(view.key(), view.person(), view.deployment(), view.mission(), view.month(),
                    view.status(), view.results(), view.narrative(), view.lines(), view.version(), step, comment);
        }

    }

    /** The last day of the month before the one {@code today} is in. */
    private static final class YearMonthOf {

        static LocalDate previousMonthEnd(LocalDate today) {
            return today.withDayOfMonth(1).minusDays(1);
        }

    }

}
