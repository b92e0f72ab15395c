package ca.contingent.activity;

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
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SortableColumns;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ActivityService {

    static final SortableColumns SORTING = SortableColumns.of("date", "a.date", "mission", "m.code", "category",
            "a.category", "type", "search_key(a.type)", "sessions", "a.sessions");

    private final ActivityRepository activities;

    private final MissionService missions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    ActivityService(ActivityRepository activities, MissionService missions, JdbcClient jdbc, AuditLog audit) {
        this.activities = activities;
        this.missions = missions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ActivityRow> list(ActivityFilter filter, String sort, String direction) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where true");
        if (!Text.isBlank(filter.q())) {
            where.append(" and search_key(a.type) like ?");
            params.add("%" + Text.searchKey(filter.q()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (!Text.isBlank(filter.mission())) {
            where.append(" and m.code = ?");
            params.add(filter.mission());
        }
        if (filter.category() != null) {
            where.append(" and a.category = ?");
            params.add(filter.category().name());
        }
        if (filter.fiscalYear() != null) {
            where.append(" and a.date between ? and ?");
            params.add(filter.fiscalYear().from());
            params.add(filter.fiscalYear().to());
        }
        String sql = """
                select a.external_id, m.code as mission_code, m.name_en as mission_name_en,
                       m.name_fr as mission_name_fr, a.date, a.category, a.type, a.sessions, a.participants,
                       a.participants_women
                from activity a
                join mission_choice m on m.id = a.mission_id
                %s
                order by %s, a.external_id
                """.formatted(where, SORTING.orderBy(sort, direction));
        return this.jdbc.sql(sql).params(params).query(ActivityRow.class).list();
    }

    @Transactional(readOnly = true)
    public Activity get(String externalId) {
        return this.activities.findByExternalId(externalId)
            .orElseThrow(() -> NotFoundException.of("activity", externalId));
    }

    @Transactional(readOnly = true)
    public Optional<Activity> find(String externalId) {
        return this.activities.findByExternalId(externalId);
    }

    @Transactional
    public Activity create(ActivityForm form) {
        Mission mission = mission(form.mission());
        String externalId = form.externalId() != null ? form.externalId() : generatedId();
        // Asked first so that the usual case fails before the insert; the unique key
        // still decides a race.
        if (find(externalId).isPresent()) {
            throw new ConflictException("activity.duplicate", externalId);
        }
        try {
            Activity created = this.activities.save(Activity.create(externalId, mission.id(), form));
            this.audit.change(AuditAction.CREATE, "activity", externalId, null, audited(created, mission.code()));
            return created;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("activity.duplicate", externalId);
        }
        catch (DataIntegrityViolationException ex) {
            throw UnprocessableException.of("", "error.integrity");
        }
    }

    @Transactional
    public Activity update(String externalId, ActivityForm form) {
        Activity current = get(externalId);
        Mission mission = mission(form.mission());
        Audited before = audited(current, missionCode(current));
        try {
            Activity saved = this.activities
                .save(current.edit(mission.id(), form, form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "activity", externalId, before, audited(saved, mission.code()));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            // Not ConflictException.staleVersion: that message names the record by its
            // key alone, this one says
            // what it is (« l’activité »).
            throw new ConflictException("activity.stale", externalId);
        }
        catch (DataIntegrityViolationException ex) {
            throw UnprocessableException.of("", "error.integrity");
        }
    }

    @Transactional
    public void delete(String externalId) {
        Activity activity = get(externalId);
        Audited before = audited(activity, missionCode(activity));
        this.activities.delete(activity);
        this.audit.change(AuditAction.DELETE, "activity", externalId, before, null);
    }

    private String missionCode(Activity activity) {
        return this.missions.find(activity.missionId()).map(Mission::code).orElse(null);
    }

    /**
     * The values an auditor reads: the mission by its code, since database ids mean
     * nothing outside the database.
     */
    private static Audited audited(Activity activity, String missionCode) {
        return new Audited(activity.externalId(), missionCode, activity.date(), activity.category(), activity.type(),
                activity.sessions(), activity.participants(), activity.participantsWomen(), activity.version());
    }

    private record Audited(String externalId, String mission, LocalDate date, ActivityCategory category, String type,
            int sessions, Integer participants, Integer participantsWomen, Integer version) {
    }

    private Mission mission(String code) {
        return this.missions.find(code)
            .orElseThrow(() -> UnprocessableException.of("mission", "activity.mission.unknown", code));
    }

    /**
     * A short id for an activity entered without one; the "A-" prefix keeps it apart from
     * imported ids.
     */
    private static String generatedId() {
        return "A-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

}
