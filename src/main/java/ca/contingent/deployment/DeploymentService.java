package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.person.Person;
import ca.contingent.person.PersonService;
import ca.contingent.person.Scope;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SortableColumns;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class DeploymentService {

    static final SortableColumns SORTING = SortableColumns.of("start", "d.start_date", "end", "d.end_date", "person",
            "(p.family_key, p.given_key, p.external_id)", "mission", "m.code", "status", "d.status");

    // The person and the mission through what their modules publish for others to read.
    private static final String SELECT_ROWS = """
            select d.external_id, p.external_id as person, p.family_name, p.given_name, p.agency_code as agency,
                   m.code as mission, m.name_en as mission_name_en, m.name_fr as mission_name_fr,
                   m.parent_code as parent_mission, d.role, d.leadership, d.term, d.start_date, d.end_date,
                   d.status, d.version
            from deployment d
            join person_summary p on p.id = d.person_id
            join mission_choice m on m.id = d.mission_id
            """;

    private static final String OVERLAP_CONSTRAINT = "deployment_no_overlap";

    private final DeploymentRepository deployments;

    private final PersonService people;

    private final MissionService missions;

    private final JdbcClient jdbc;

    private final TransactionTemplate savepoint;

    private final AuditLog audit;

    DeploymentService(DeploymentRepository deployments, PersonService people, MissionService missions, JdbcClient jdbc,
            PlatformTransactionManager transactions, AuditLog audit) {
        this.deployments = deployments;
        this.people = people;
        this.missions = missions;
        this.jdbc = jdbc;
        this.audit = audit;
        // A write that the database refuses aborts the whole PostgreSQL transaction;
        // inside a savepoint only the
        // write is undone, so the overlap that caused it can still be looked up and
        // named.
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional(readOnly = true)
    public List<DeploymentRow> list(Scope scope, DeploymentFilter filter, String sort, String direction) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where ").append(scope.deployments("d", params));
        if (!Text.isBlank(filter.mission())) {
            where.append(" and (m.code = ? or m.parent_code = ?)");
            params.add(filter.mission().trim());
            params.add(filter.mission().trim());
        }
        if (!Text.isBlank(filter.agency())) {
            where.append(" and p.agency_code = ?");
            params.add(filter.agency().trim());
        }
        if (filter.status() != null) {
            where.append(" and d.status = ?");
            params.add(filter.status().name());
        }
        if (filter.term() != null) {
            where.append(" and d.term = ?");
            params.add(filter.term().name());
        }
        if (filter.fiscalYear() != null) {
            where.append(" and daterange(d.start_date, d.end_date, '[]') && daterange(?, ?, '[]')");
            params.add(filter.fiscalYear().from());
            params.add(filter.fiscalYear().to());
        }
        if (!Text.isBlank(filter.person())) {
            where.append(" and p.external_id = ?");
            params.add(filter.person().trim());
        }
        String sql = SELECT_ROWS + where + " order by " + SORTING.orderBy(sort, direction) + ", d.external_id";
        return this.jdbc.sql(sql).params(params).query(DeploymentRow.class).list();
    }

    /**
     * The mission's language of operation when the person speaks neither it nor the
     * parent mission's; a warning only, since the program may still deploy someone who
     * will work through an interpreter. The caller checks scope first.
     */
    @Transactional(readOnly = true)
    public Optional<String> languageOfOperationNotSpoken(String externalId) {
        Deployment deployment = get(externalId);
        List<String> spoken = List.of(this.jdbc.sql("select languages from person_summary where id = ?")
            .param(deployment.personId())
            .query(String.class)
            .single()
            .split(";"));
        Mission mission = this.missions.find(deployment.missionId()).orElseThrow();
        boolean understood = spoken.contains(mission.language()) || this.missions.find(mission.parentId())
            .map((parent) -> spoken.contains(parent.language()))
            .orElse(false);
        return understood ? Optional.empty() : Optional.of(mission.language());
    }

    /**
     * One deployment as pages and the API show it; absent and out of scope answer the
     * same.
     */
    @Transactional(readOnly = true)
    public DeploymentRow row(Scope scope, String externalId) {
        List<Object> params = new ArrayList<>();
        String condition = scope.deployments("d", params);
        params.add(externalId);
        return this.jdbc.sql(SELECT_ROWS + "where " + condition + " and d.external_id = ?")
            .params(params)
            .query(DeploymentRow.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("deployment", externalId));
    }

    @Transactional(readOnly = true)
    public Deployment get(String externalId) {
        return this.deployments.findByExternalId(externalId)
            .orElseThrow(() -> NotFoundException.of("deployment", externalId));
    }

    /**
     * Plans a deployment; its nomination is the first row of its history (from no status
     * to PLANNED), so the page shows who nominated the person and when, before any
     * lifecycle step.
     */
    @Transactional
    public Deployment create(DeploymentForm form, String username) {
        return create(Scope.everything(), form, username);
    }

    /**
     * Plans a deployment for a person in the caller's scope: a coordinator nominates
     * their own agency's people only, and a person of another agency is refused as
     * unknown so that the refusal reveals nothing about them.
     */
    @Transactional
    public Deployment create(Scope scope, DeploymentForm form, String username) {
        checkDates(form);
        long personId = this.people.find(form.person())
            .filter((person) -> person.agencyId() != null && scope.coversAgency(person.agencyId()))
            .map(Person::id)
            .orElseThrow(() -> UnprocessableException.of("person", "deployment.person.unknown", form.person()));
        long missionId = missionId(form.mission());
        String externalId = form.externalId() != null ? form.externalId() : generatedId();
        checkOverlap(null, personId, DeploymentStatus.PLANNED, form);
        try {
            Deployment created = save(Deployment.create(form, externalId, personId, missionId), personId,
                    DeploymentStatus.PLANNED, form);
            this.jdbc.sql("""
                    insert into deployment_transition (deployment_id, username, from_status, to_status)
                    values (?, ?, null, ?)""").params(created.id(), username, created.status().name()).update();
            this.audit.change(AuditAction.CREATE, "deployment", created.externalId(), null, created);
            return created;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("deployment.duplicate", externalId);
        }
    }

    @Transactional
    public Deployment update(String externalId, DeploymentForm form) {
        Deployment current = get(externalId);
        checkDates(form);
        long personId = personId(form.person());
        long missionId = missionId(form.mission());
        checkOverlap(current.id(), personId, current.status(), form);
        try {
            Deployment saved = save(
                    current.edit(form, personId, missionId, form.version() == null ? -1 : form.version()), personId,
                    current.status(), form);
            this.audit.change(AuditAction.UPDATE, "deployment", saved.externalId(), current, saved);
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("deployment.stale", externalId);
        }
    }

    @Transactional
    public void delete(String externalId) {
        Deployment deployment = get(externalId);
        try {
            // In a savepoint, so that a refusal leaves the caller's transaction usable.
            this.savepoint.executeWithoutResult((transaction) -> this.deployments.delete(deployment));
        }
        catch (DataIntegrityViolationException ex) {
            // A member's monthly reports on this deployment keep it: they are its record
            // of work. The monthly module's foreign key refuses the delete; this module
            // does not read that module's table to ask first.
            if (referencedBy(ex, "monthly_report")) {
                throw new ConflictException("deployment.delete.referenced", externalId);
            }
            throw ex;
        }
        this.audit.change(AuditAction.DELETE, "deployment", deployment.externalId(), deployment, null);
    }

    /**
     * Saves; when the database's exclusion constraint refuses the deployment (another one
     * was saved for the same days between the check and the write), the refusal names the
     * other deployment just like the check does.
     */
    private Deployment save(Deployment deployment, long personId, DeploymentStatus status, DeploymentForm form) {
        try {
            return this.savepoint.execute((transaction) -> this.deployments.save(deployment));
        }
        catch (DataAccessException ex) {
            String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
            if (!cause.contains(OVERLAP_CONSTRAINT)) {
                throw ex;
            }
            checkOverlap(deployment.id(), personId, status, form);
            throw UnprocessableException.of("startDate", "deployment.overlap.unknown");
        }
    }

    private static void checkDates(DeploymentForm form) {
        if (form.endsBeforeStart()) {
            throw UnprocessableException.of("endDate", "deployment.endDate.beforeStart");
        }
    }

    /**
     * One person's deployments that are not cancelled never overlap; a cancelled one may
     * overlap anything.
     */
    private void checkOverlap(Long ownId, long personId, DeploymentStatus status, DeploymentForm form) {
        if (status == DeploymentStatus.CANCELLED) {
            return;
        }
        Optional<Overlap> other = this.jdbc.sql("""
                select external_id, start_date, end_date from deployment
                where person_id = ? and status <> 'CANCELLED' and id <> ?
                  and daterange(start_date, end_date, '[]') && daterange(?, ?, '[]')
                order by start_date, external_id
                limit 1
                """)
            .params(personId, ownId == null ? -1L : ownId, form.startDate(), form.endDate())
            .query(Overlap.class)
            .optional();
        if (other.isPresent()) {
            throw UnprocessableException.of("startDate", "deployment.overlap", other.get().externalId(),
                    other.get().startDate().toString(), other.get().endDate().toString());
        }
    }

    private long personId(String externalId) {
        return this.people.find(externalId)
            .map(Person::id)
            .orElseThrow(() -> UnprocessableException.of("person", "deployment.person.unknown", externalId));
    }

    private long missionId(String code) {
        return this.missions.find(code)
            .map(Mission::id)
            .orElseThrow(() -> UnprocessableException.of("mission", "deployment.mission.unknown", code));
    }

    /** Whether the database refused a delete because a row of that table refers to it. */
    private static boolean referencedBy(DataIntegrityViolationException ex, String table) {
        return ex.getMostSpecificCause() instanceof PSQLException psql
                && PSQLState.FOREIGN_KEY_VIOLATION.getState().equals(psql.getSQLState())
                && psql.getServerErrorMessage() != null && table.equals(psql.getServerErrorMessage().getTable());
    }

    /**
     * "D-" and eight random hexadecimal digits: unique in practice, and the database's
     * unique key guards it.
     */
    private static String generatedId() {
        return "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private record Overlap(String externalId, LocalDate startDate, LocalDate endDate) {
    }

}
