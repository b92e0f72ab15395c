package ca.contingent.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SortableColumns;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;

import org.postgresql.util.PSQLException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MissionService {

    private static final String[] COLUMNS = { "code", "m.code", "name", "search_key(m.name_en)", "organization",
            "m.organization", "country", "m.country", "strength", "m.authorized_strength", "start", "m.start_date" };

    static final SortableColumns SORTING = SortableColumns.of(COLUMNS);

    /** The same columns, names sorted as French readers see them. */
    private static final SortableColumns SORTING_FR = SortableColumns.of(frenchNames(COLUMNS));

    private final MissionRepository missions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    MissionService(MissionRepository missions, JdbcClient jdbc, AuditLog audit) {
        this.missions = missions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private static String[] frenchNames(String[] columns) {
        String[] french = columns.clone();
        for (int i = 1; i < french.length; i += 2) {
            french[i] = french[i].replace("m.name_en", "m.name_fr");
        }
        return french;
    }

    @Transactional(readOnly = true)
    public List<MissionRow> list(MissionFilter filter, String sort, String direction) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where true");
        if (!Text.isBlank(filter.q())) {
            where.append(" and (lower(m.code) like ? or search_key(m.name_en) like ? or search_key(m.name_fr) like ?"
                    + " or search_key(m.location) like ?)");
            String contains = "%"
                    + Text.searchKey(filter.q()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 4; i++) {
                params.add(contains);
            }
        }
        if (filter.organization() != null) {
            where.append(" and m.organization = ?");
            params.add(filter.organization().name());
        }
        if (MissionFilter.TOP_LEVEL.equals(filter.parent())) {
            where.append(" and m.parent_id is null");
        }
        else if (!Text.isBlank(filter.parent())) {
            where.append(" and p.code = ?");
            params.add(filter.parent());
        }
        if (!Text.isBlank(filter.language())) {
            where.append(" and m.language = ?");
            params.add(filter.language());
        }
        if (filter.armed() != null) {
            where.append(" and m.armed = ?");
            params.add(filter.armed());
        }
        SortableColumns sorting = "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? SORTING_FR : SORTING;
        String sql = """
                select m.code, m.name_en, m.name_fr, p.code as parent_code, m.organization, m.country, m.location,
                       m.language, m.armed, m.authorized_strength, m.start_date, m.end_date
                from mission m
                left join mission p on p.id = m.parent_id
                %s
                order by %s
                """.formatted(where, sorting.orderBy(sort, direction));
        return this.jdbc.sql(sql).params(params).query(MissionRow.class).list();
    }

    @Transactional(readOnly = true)
    public Mission get(String code) {
        return this.missions.findByCode(code).orElseThrow(() -> NotFoundException.of("mission", code));
    }

    @Transactional(readOnly = true)
    public Optional<Mission> find(String code) {
        return this.missions.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Mission> find(Long id) {
        return id == null ? Optional.empty() : this.missions.findById(id);
    }

    /**
     * Every mission, components included, by code: what an activity or a deployment may
     * belong to.
     */
    @Transactional(readOnly = true)
    public List<Mission> all() {
        return this.jdbc.sql("select * from mission order by code").query(Mission.class).list();
    }

    /**
     * Every mission as a choice for forms and filters, each top-level mission followed by
     * its components, by code: the one list of missions to choose from. SQL reads the
     * same list from the published view {@code mission_choice}.
     */
    @Transactional(readOnly = true)
    public List<MissionChoice> choices() {
        return this.jdbc.sql("""
                select code, name_en, name_fr, parent_code as parent from mission_choice
                order by coalesce(parent_code, code), parent_code nulls first, code""")
            .query(MissionChoice.class)
            .list();
    }

    /** The missions that may be a parent: those that are not themselves components. */
    @Transactional(readOnly = true)
    public List<MissionChoice> topLevel() {
        return choices().stream().filter((choice) -> !choice.isComponent()).toList();
    }

    @Transactional(readOnly = true)
    public List<Mission> components(Mission mission) {
        return this.missions.findByParentIdOrderByCode(mission.id());
    }

    @Transactional(readOnly = true)
    public MissionCounts counts(Mission mission) {
        // The other modules' records through the counts they publish.
        return this.jdbc.sql("""
                select (select count(*) from mission where parent_id = :id) as components,
                       coalesce((select deployments from deployment_per_mission where mission_id = :id), 0)
                           as deployments,
                       coalesce((select activities from activity_per_mission where mission_id = :id), 0)
                           as activities,
                       coalesce((select users from app_user_per_mission where mission_id = :id), 0) as users
                """).param("id", mission.id()).query(MissionCounts.class).single();
    }

    @Transactional
    public Mission create(MissionForm form) {
        // Asked first so that the usual case fails before the insert; the unique key
        // still decides a race.
        if (find(form.code()).isPresent()) {
            throw new ConflictException("mission.duplicate", form.code());
        }
        Long parentId = parentId(null, form.parent());
        try {
            Mission created = this.missions.save(Mission.create(form, parentId));
            this.audit.change(AuditAction.CREATE, "mission", created.code(), null, audited(created));
            return created;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("mission.duplicate", form.code());
        }
        catch (DataIntegrityViolationException ex) {
            throw refusedByDatabase(ex);
        }
    }

    @Transactional
    public Mission update(String code, MissionForm form) {
        Mission current = get(code);
        Long parentId = parentId(current, form.parent());
        Audited before = audited(current);
        try {
            Mission saved = this.missions
                .save(current.edit(form, parentId, form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "mission", code, before, audited(saved));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            // Not ConflictException.staleVersion: that message names the record by its
            // key alone, this one says
            // what it is (« la mission »).
            throw new ConflictException("mission.stale", code);
        }
        catch (DataIntegrityViolationException ex) {
            throw refusedByDatabase(ex);
        }
    }

    @Transactional
    public void delete(String code) {
        Mission mission = get(code);
        MissionCounts counts = counts(mission);
        if (counts.components() > 0) {
            throw new ConflictException("mission.delete.referencedByComponents", code, counts.components());
        }
        if (counts.deployments() > 0) {
            throw new ConflictException("mission.delete.referencedByDeployments", code, counts.deployments());
        }
        if (counts.activities() > 0) {
            throw new ConflictException("mission.delete.referencedByActivities", code, counts.activities());
        }
        if (counts.users() > 0) {
            throw new ConflictException("mission.delete.referencedByUsers", code, counts.users());
        }
        Audited before = audited(mission);
        this.missions.delete(mission);
        this.audit.change(AuditAction.DELETE, "mission", code, before, null);
    }

    /**
     * The values an auditor reads: the parent by its code, since database ids mean
     * nothing outside the database.
     */
    private Audited audited(Mission mission) {
        String parent = mission.parentId() == null ? null : find(mission.parentId()).map(Mission::code).orElse(null);
        return new Audited(mission.code(), mission.nameEn(), mission.nameFr(), parent, mission.organization(),
                mission.country(), mission.location(), mission.language(), mission.armed(),
                mission.authorizedStrength(), mission.startDate(), mission.endDate(), mission.version());
    }

    private record Audited(String code, String nameEn, String nameFr, String parent, Organization organization,
            String country, String location, String language, boolean armed, Integer authorizedStrength,
            LocalDate startDate, LocalDate endDate, Integer version) {
    }

    /**
     * The id of the parent named on the form, after the one-level rule of
     * {@link MissionTree}; the first rule broken is the form's error.
     */
    private Long parentId(Mission mission, String parentCode) {
        if (parentCode == null) {
            return null;
        }
        String code = mission == null ? null : mission.code();
        List<MissionTree.Break> breaks = new MissionTree(parents()).breaks(code, parentCode);
        if (!breaks.isEmpty()) {
            MissionTree.Break broken = breaks.get(0);
            throw switch (broken.kind()) {
                case OWN_PARENT -> UnprocessableException.of("parent", "mission.parent.self", parentCode);
                case UNKNOWN_PARENT -> UnprocessableException.of("parent", "mission.parent.unknown", parentCode);
                case PARENT_IS_COMPONENT ->
                    UnprocessableException.of("parent", "mission.parent.isComponent", parentCode, broken.grandparent());
                case HAS_COMPONENTS ->
                    UnprocessableException.of("parent", "mission.parent.hasComponents", code, broken.components());
            };
        }
        return get(parentCode).id();
    }

    /** Every stored mission's code with its parent's, for {@link MissionTree}. */
    Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        this.jdbc.sql("select code, parent_code from mission_choice").query((rs) -> {
            parents.put(rs.getString(1), rs.getString(2));
        });
        return parents;
    }

    /**
     * A write the database refused: the one-level trigger names the parent field,
     * anything else the whole form. The Java checks above run first, so this is reached
     * by a race with another writer (or an import) only.
     */
    static UnprocessableException refusedByDatabase(DataIntegrityViolationException ex) {
        String constraint = ex.getMostSpecificCause() instanceof PSQLException psql
                && psql.getServerErrorMessage() != null ? psql.getServerErrorMessage().getConstraint() : null;
        if ("mission_one_level".equals(constraint) || "mission_not_own_parent".equals(constraint)) {
            return UnprocessableException.of("parent", "mission.parent.oneLevel");
        }
        return UnprocessableException.of("", "error.integrity");
    }

}
