package ca.contingent.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ca.contingent.activity.ReportedActivities;
import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.person.Scope;
import ca.contingent.person.ScopeResolver;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Role;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.dao.DuplicateKeyException;
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

    static final int RESULTS_MAX = 4000;

    static final int NARRATIVE_MAX = 2000;

    static final int ACTIVITY_ID_MAX = 40;

    private static final String ENTITY = "monthly_report";

    private final MonthlyReportRepository reports;

    private final LineRules lineRules;

    private final ScopeResolver scopes;

    private final ReportedActivities activities;

    private final AuditLog audit;

    private final Clock clock;

    MonthlyReports(MonthlyReportRepository reports, LineRules lineRules, ScopeResolver scopes,
            ReportedActivities activities, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.lineRules = lineRules;
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
        return this.reports.list(this.scopes.of(caller), Text.isBlank(mission) ? null : mission.strip(),
                ReportMonth.parseOrNull(month), status);
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
        return this.scopes.of(caller).ownPerson().map(this.reports::deploymentChoices).orElse(List.of());
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
        LocalDate lastEnded = LocalDate.now(this.clock).withDayOfMonth(1).minusDays(1);
        return this.reports.owed(this.scopes.of(caller), lastEnded, Text.isBlank(mission) ? null : mission.strip(),
                ReportMonth.parseOrNull(month));
    }

    // The member's writes

    /**
     * A member's new draft. Every broken rule is reported at once (422) and nothing is
     * written: a malformed month, a month in which the member had no DEPLOYED or
     * COMPLETED deployment, a second report for the month, bad lines.
     */
    @Transactional
    public MonthlyReportView create(Authentication caller, MonthlyReportForm form) {
        requireWriter(caller);
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
            deploymentId = this.reports.deploymentIn(personId, month, form.deployment()).orElse(null);
            if (deploymentId == null && form.deployment() != null) {
                errors.add(new FieldError("deployment", "monthly.deployment.notInMonth", form.deployment(),
                        month.toString()));
            }
            else if (deploymentId == null) {
                errors.add(new FieldError("month", "monthly.month.notDeployed", month.toString()));
            }
            else if (this.reports.exists(personId, month)) {
                errors.add(new FieldError("month", "monthly.month.taken", month.toString()));
            }
        }
        checkContent(form, errors);
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        MonthlyReport draft = MonthlyReport.draft(this.reports.personExternalId(personId), personId, deploymentId,
                month, form);
        long id;
        try {
            id = this.reports.insert(draft, this.clock.instant());
        }
        catch (DuplicateKeyException ex) {
            throw UnprocessableException.of("month", "monthly.month.taken", month.toString());
        }
        MonthlyReportView created = view(this.reports.get(id));
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
        requireWriter(caller);
        MonthlyReportRepository.Loaded loaded = find(this.scopes.of(caller), key);
        MonthlyReport report = loaded.report();
        report.requireEditable();
        List<FieldError> errors = new ArrayList<>();
        checkContent(form, errors);
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        MonthlyReportView before = view(loaded);
        this.reports.save(report.edit(form), this.clock.instant());
        MonthlyReportView after = view(this.reports.get(report.id()));
        this.audit.change(AuditAction.UPDATE, ENTITY, report.key(), Audited.of(before, null, null),
                Audited.of(after, null, null));
        return after;
    }

    // The workflow

    /**
     * Takes one step: 403 when the caller's role may not take it, 404 when the report is
     * outside their scope, 422 when a required comment is missing or too long, 409 when
     * the report's status does not allow it (the report decides,
     * {@link MonthlyReport#take}). Approving writes the report's lines as activity rows
     * of the deployment's mission, tied to the report; reopening removes them; both in
     * the same transaction.
     */
    @Transactional
    public MonthlyReportView step(Authentication caller, String key, Step step, String comment) {
        Set<Role> roles = roles(caller);
        // Before the scope, so that a role that may never take the step learns nothing of
        // which reports exist.
        if (!step.allows(roles)) {
            throw new AccessDeniedException("step " + step + " not allowed");
        }
        MonthlyReportRepository.Loaded loaded = find(this.scopes.of(caller), key);
        MonthlyReport report = loaded.report();
        String text = (comment == null || comment.isBlank()) ? null : comment.strip();
        MonthlyReport next = report.take(step, roles, text);
        MonthlyReportView before = view(loaded);
        Instant now = this.clock.instant();
        this.reports.save(next, now);
        this.reports.recordStep(report.id(),
                new MonthlyReportView.StepRecord(now, caller.getName(), report.status(), next.status(), text));
        if (step == Step.APPROVE) {
            this.activities.replace(report.id(), loaded.mission(), report.month().last(), activities(report));
        }
        else if (step == Step.REOPEN) {
            this.activities.remove(report.id());
        }
        MonthlyReportView after = view(this.reports.get(report.id()));
        this.audit.change(AuditAction.UPDATE, ENTITY, report.key(), Audited.of(before, null, null),
                Audited.of(after, step, text));
        return after;
    }

    /**
     * The external id of the activity row made from a line ({@code n} from 1):
     * {@code MR-<person>-<yyyy-mm>-<n>}, stable, so that approving again after a
     * reopening writes the same ids. A person id long enough to push it past the
     * activity's 40 characters uses the report's own number instead.
     */
    static String activityId(String person, ReportMonth month, long reportId, int n) {
        String id = "MR-" + person + "-" + month + "-" + n;
        return id.length() <= ACTIVITY_ID_MAX ? id : "MR-R" + reportId + "-" + n;
    }

    /**
     * Each line as an activity, dated (by the caller) the month's last day: the day the
     * month's work is complete, and the same fiscal year as every other day of the month.
     */
    private static List<ReportedActivities.Line> activities(MonthlyReport report) {
        List<ReportedActivities.Line> lines = new ArrayList<>();
        for (int i = 0; i < report.lines().size(); i++) {
            ReportLine line = report.lines().get(i);
            lines.add(new ReportedActivities.Line(activityId(report.person(), report.month(), report.id(), i + 1),
                    LineRules.category(line.category()), line.type(), line.sessions(), line.participants(),
                    line.participantsWomen()));
        }
        return lines;
    }

    // Checks

    /**
     * The lines, results and narrative; a line's errors name its field and its number
     * (from 1).
     */
    private void checkContent(MonthlyReportForm form, List<FieldError> errors) {
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
        this.lineRules.check(form.lines(), errors);
    }

    private static void requireWriter(Authentication caller) {
        if (Collections.disjoint(roles(caller), Step.writers())) {
            throw new AccessDeniedException("only " + Step.writers() + " write reports");
        }
    }

    /** The caller's roles, as their authorities name them. */
    static Set<Role> roles(Authentication caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller == null) {
            return roles;
        }
        for (GrantedAuthority granted : caller.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    // Rows

    private MonthlyReportRepository.Loaded find(Scope scope, String key) {
        MonthlyReport.Key parsed = MonthlyReport.Key.parse(key);
        if (parsed == null) {
            throw NotFoundException.of(ENTITY, key);
        }
        return this.reports.find(scope, parsed.person(), parsed.month())
            .orElseThrow(() -> NotFoundException.of(ENTITY, key));
    }

    private MonthlyReportView view(MonthlyReportRepository.Loaded loaded) {
        MonthlyReport report = loaded.report();
        return new MonthlyReportView(report.key(), report.person(), loaded.familyName(), loaded.givenName(),
                loaded.deployment(), loaded.mission(), report.month().toString(), report.status(), report.results(),
                report.narrative(), report.lines(), this.reports.steps(report.id()), report.version());
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

}
