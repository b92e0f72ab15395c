package ca.contingent.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.person.Scope;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each mission's highlights of a year, in English and in French. {@link #forYear} is what
 * documents read; the rest serves the pages, where headquarters edit every mission's
 * highlights and a commander those of their own missions (components included): another
 * mission's highlight is answered as if it did not exist.
 */
@Service
public class Highlights {

    /* The mission by id: its code comes from the mission module (MissionService). */
    private static final String SELECT = """
            select h.id, h.mission_id, h.fiscal_year, h.position, h.title_en, h.title_fr, h.text_en, h.text_fr
            from highlight h
            """;

    /**
     * Of one year and one mission when given, newest year first, then by mission and
     * position.
     */
    private static final Comparator<HighlightRow> ORDER = Comparator.comparing(HighlightRow::fiscalYear)
        .reversed()
        .thenComparing(HighlightRow::mission)
        .thenComparingInt(HighlightRow::position);

    private final HighlightRepository highlights;

    private final MissionService missions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    Highlights(HighlightRepository highlights, MissionService missions, JdbcClient jdbc, AuditLog audit) {
        this.highlights = highlights;
        this.missions = missions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Mission code → its highlights of the year in position order; missions in code
     * order, none without one.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Highlight>> forYear(FiscalYear year) {
        Map<String, List<Highlight>> byMission = new LinkedHashMap<>();
        for (HighlightRow row : rows(year, null, null)) {
            byMission.computeIfAbsent(row.mission(), (code) -> new ArrayList<>()).add(row.highlight());
        }
        byMission.replaceAll((code, list) -> List.copyOf(list));
        return byMission;
    }

    /**
     * The highlights a caller may edit, of one year and mission when given.
     * @param allowed the mission codes the caller may edit, {@code null} for every
     * mission
     */
    @Transactional(readOnly = true)
    public List<HighlightRow> rows(FiscalYear year, String mission, Set<String> allowed) {
        Map<Long, String> codes = MissionCodes.byId(this.missions.all());
        // An unknown mission has no highlights.
        Long missionId = mission == null ? null : this.missions.find(mission).map(Mission::id).orElse(-1L);
        List<HighlightRow> rows = this.jdbc.sql(SELECT + """
                where (cast(:year as text) is null or h.fiscal_year = :year)
                  and (cast(:mission as bigint) is null or h.mission_id = :mission)""")
            .param("year", year == null ? null : year.toString())
            .param("mission", missionId, Types.BIGINT)
            .query((rs, row) -> row(rs, codes))
            .list()
            .stream()
            .sorted(ORDER)
            .toList();
        return allowed == null ? rows : rows.stream().filter((row) -> allowed.contains(row.mission())).toList();
    }

    private static HighlightRow row(ResultSet rs, Map<Long, String> codes) throws SQLException {
        return new HighlightRow(rs.getLong("id"), codes.get(rs.getLong("mission_id")), rs.getString("fiscal_year"),
                rs.getInt("position"), rs.getString("title_en"), rs.getString("title_fr"), rs.getString("text_en"),
                rs.getString("text_fr"));
    }

    /**
     * The codes of the missions whose highlights the scope may edit: {@code null} for
     * headquarters (every mission), a commander's missions and their components, nothing
     * for anyone else.
     */
    @Transactional(readOnly = true)
    public Set<String> editableMissions(Scope scope) {
        if (scope.isEverything()) {
            return null;
        }
        // The scope speaks of deployments; a one-row stand-in for "a deployment to this
        // mission" asks it the question, for every mission the mission module knows.
        Map<Long, String> codes = MissionCodes.byId(this.missions.all());
        List<Object> params = new ArrayList<>();
        params.add(codes.keySet().stream().mapToLong(Long::longValue).toArray());
        String condition = scope.deployments("d", params);
        return new HashSet<>(this.jdbc.sql("""
                select m.id from unnest(cast(? as bigint[])) as m (id)
                cross join lateral (select cast(null as bigint) as person_id, m.id as mission_id) d
                where\s""" + condition).params(params).query(Long.class).list().stream().map(codes::get).toList());
    }

    /** The missions a caller may pick on the form. */
    @Transactional(readOnly = true)
    public List<Mission> missionChoices(Set<String> allowed) {
        return this.missions.all().stream().filter((m) -> allowed == null || allowed.contains(m.code())).toList();
    }

    /** A highlight the caller may edit; outside their missions as if there were none. */
    @Transactional(readOnly = true)
    public HighlightRow get(long id, Set<String> allowed) {
        Map<Long, String> codes = MissionCodes.byId(this.missions.all());
        return this.jdbc.sql(SELECT + " where h.id = :id")
            .param("id", id)
            .query((rs, row) -> row(rs, codes))
            .optional()
            .filter((row) -> allowed == null || allowed.contains(row.mission()))
            .orElseThrow(() -> NotFoundException.of("highlight", id));
    }

    /** The form of a highlight the caller may edit, at its stored version. */
    @Transactional(readOnly = true)
    public HighlightForm form(long id, Set<String> allowed) {
        HighlightRow row = get(id, allowed);
        return row.form(this.highlights.findById(id).map(HighlightRecord::version).orElse(null));
    }

    @Transactional
    public HighlightRecord create(HighlightForm form, Set<String> allowed) {
        Checked checked = checked(form, allowed);
        refuseDuplicate(form, checked, null);
        try {
            HighlightRecord saved = this.highlights
                .save(new HighlightRecord(null, checked.mission().id(), checked.year().toString(), form.position(),
                        form.titleEn(), form.titleFr(), form.textEn(), form.textFr(), null));
            this.audit.change(AuditAction.CREATE, "highlight", key(checked.mission().code(), saved), null,
                    audited(checked.mission().code(), saved));
            return saved;
        }
        catch (DuplicateKeyException ex) {
            throw duplicate(form, checked);
        }
    }

    @Transactional
    public HighlightRecord update(long id, HighlightForm form, Set<String> allowed) {
        HighlightRow current = get(id, allowed);
        HighlightRecord stored = this.highlights.findById(id).orElseThrow();
        Checked checked = checked(form, allowed);
        refuseDuplicate(form, checked, id);
        try {
            HighlightRecord saved = this.highlights.save(new HighlightRecord(id, checked.mission().id(),
                    checked.year().toString(), form.position(), form.titleEn(), form.titleFr(), form.textEn(),
                    form.textFr(), form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "highlight", key(checked.mission().code(), saved),
                    audited(current.mission(), stored), audited(checked.mission().code(), saved));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("results.stale", key(current.mission(), stored));
        }
        catch (DuplicateKeyException ex) {
            throw duplicate(form, checked);
        }
    }

    @Transactional
    public void delete(long id, Set<String> allowed) {
        HighlightRow current = get(id, allowed);
        HighlightRecord stored = this.highlights.findById(id).orElseThrow();
        this.highlights.delete(stored);
        this.audit.change(AuditAction.DELETE, "highlight", key(current.mission(), stored),
                audited(current.mission(), stored), null);
    }

    /**
     * Asked before the write, so that the usual case fails without a failed statement;
     * the key decides a race.
     */
    private void refuseDuplicate(HighlightForm form, Checked checked, Long editedId) {
        long others = this.jdbc.sql("""
                select count(*) from highlight
                where mission_id = :mission and fiscal_year = :year and position = :position
                  and id is distinct from :id""")
            .param("mission", checked.mission().id())
            .param("year", checked.year().toString())
            .param("position", form.position())
            .param("id", editedId, java.sql.Types.BIGINT)
            .query(Long.class)
            .single();
        if (others > 0) {
            throw duplicate(form, checked);
        }
    }

    private static ConflictException duplicate(HighlightForm form, Checked checked) {
        return new ConflictException("results.highlight.duplicate", checked.mission().code(), checked.year(),
                form.position());
    }

    /**
     * A mission outside the caller's missions is unknown to them, exactly like one that
     * does not exist.
     */
    private Checked checked(HighlightForm form, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        Mission mission = this.missions.find(form.mission())
            .filter((m) -> allowed == null || allowed.contains(m.code()))
            .orElse(null);
        if (mission == null) {
            errors.add(new FieldError("mission", "results.mission.unknown", form.mission()));
        }
        FiscalYear year = null;
        try {
            year = FiscalYear.parse(form.fiscalYear());
        }
        catch (InvalidFiscalYearException ex) {
            errors.add(new FieldError("fiscalYear", "results.fiscalYear.invalid", form.fiscalYear()));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        return new Checked(mission, year);
    }

    private record Checked(Mission mission, FiscalYear year) {
    }

    /** The key an import names a highlight by. */
    private static String key(String mission, HighlightRecord record) {
        return mission + "|" + record.fiscalYear() + "|" + record.position();
    }

    private static AuditedHighlight audited(String mission, HighlightRecord record) {
        return new AuditedHighlight(mission, record.fiscalYear(), record.position(), record.titleEn(), record.titleFr(),
                record.textEn(), record.textFr(), record.version());
    }

    private record AuditedHighlight(String missionCode, String fiscalYear, int position, String titleEn, String titleFr,
            String textEn, String textFr, Integer version) {
    }

    /** A highlight as the pages list it, with its id for editing. */
    public record HighlightRow(long id, String mission, String fiscalYear, int position, String titleEn, String titleFr,
            String textEn, String textFr) {

        public Highlight highlight() {
            return new Highlight(this.mission, this.fiscalYear, this.position, this.titleEn, this.titleFr, this.textEn,
                    this.textFr);
        }

        public String title(String language) {
            return "fr".equals(language) ? this.titleFr : this.titleEn;
        }

        public String text(String language) {
            return "fr".equals(language) ? this.textFr : this.textEn;
        }

        HighlightForm form(Integer version) {
            return new HighlightForm(this.mission, this.fiscalYear, this.position, this.titleEn, this.titleFr,
                    this.textEn, this.textFr, version);
        }

    }

}
