package ca.contingent.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logic model as the pages maintain it: outcomes, their indicators and the
 * indicators' targets. Every change is checked here (levels, measures, references), kept
 * by the database's constraints as well, and audited in its transaction.
 */
@Service
public class LogicModel {

    private final OutcomeRepository outcomes;

    private final IndicatorRepository indicators;

    private final TargetRepository targets;

    private final MissionService missions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    LogicModel(OutcomeRepository outcomes, IndicatorRepository indicators, TargetRepository targets,
            MissionService missions, JdbcClient jdbc, AuditLog audit) {
        this.outcomes = outcomes;
        this.indicators = indicators;
        this.targets = targets;
        this.missions = missions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // Outcomes

    /**
     * The model as a tree: each ultimate outcome with its intermediate ones, each with
     * its immediate ones.
     */
    @Transactional(readOnly = true)
    public List<OutcomeNode> tree() {
        List<Outcome> all = this.jdbc.sql("select * from outcome order by code").query(Outcome.class).list();
        Map<Long, List<IndicatorRow>> byOutcome = new LinkedHashMap<>();
        for (IndicatorRow row : indicatorRows()) {
            byOutcome.computeIfAbsent(row.outcomeId(), (id) -> new ArrayList<>()).add(row);
        }
        return nodes(all, null, byOutcome);
    }

    private static List<OutcomeNode> nodes(List<Outcome> all, Long parentId, Map<Long, List<IndicatorRow>> indicators) {
        return all.stream()
            .filter((outcome) -> Objects.equals(outcome.parentId(), parentId))
            .map((outcome) -> new OutcomeNode(outcome, indicators.getOrDefault(outcome.id(), List.of()),
                    nodes(all, outcome.id(), indicators)))
            .toList();
    }

    @Transactional(readOnly = true)
    public List<Outcome> outcomes() {
        return this.jdbc.sql("select * from outcome order by level, code").query(Outcome.class).list();
    }

    @Transactional(readOnly = true)
    public Outcome outcome(String code) {
        return this.outcomes.findByCode(code).orElseThrow(() -> NotFoundException.of("outcome", code));
    }

    @Transactional(readOnly = true)
    public String outcomeCode(Long id) {
        return id == null ? null : this.outcomes.findById(id).map(Outcome::code).orElse(null);
    }

    @Transactional
    public Outcome createOutcome(OutcomeForm form) {
        if (this.outcomes.findByCode(form.code()).isPresent()) {
            throw new ConflictException("results.outcome.duplicate", form.code());
        }
        Long parentId = checkedParent(form, form.code());
        try {
            Outcome saved = this.outcomes
                .save(new Outcome(null, form.code(), form.nameEn(), form.nameFr(), form.level(), parentId, null));
            this.audit.change(AuditAction.CREATE, "outcome", saved.code(), null, audited(saved));
            return saved;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("results.outcome.duplicate", form.code());
        }
    }

    @Transactional
    public Outcome updateOutcome(String code, OutcomeForm form) {
        Outcome current = outcome(code);
        Long parentId = checkedParent(form, code);
        Outcome.levelChangeProblem(code, current.level(), form.level(), () -> hasChildren(current))
            .ifPresent((problem) -> {
                throw UnprocessableException.of("level", problem.messageKey(), problem.arguments());
            });
        AuditedOutcome before = audited(current);
        try {
            Outcome saved = this.outcomes.save(new Outcome(current.id(), code, form.nameEn(), form.nameFr(),
                    form.level(), parentId, form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "outcome", code, before, audited(saved));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("results.stale", code);
        }
        catch (DataIntegrityViolationException ex) {
            throw UnprocessableException.of("", "error.integrity");
        }
    }

    @Transactional
    public void deleteOutcome(String code) {
        Outcome outcome = outcome(code);
        if (hasChildren(outcome)) {
            throw new ConflictException("results.outcome.delete.children", code);
        }
        if (count("select count(*) from indicator where outcome_id = ?", outcome.id()) > 0) {
            throw new ConflictException("results.outcome.delete.indicators", code);
        }
        this.outcomes.delete(outcome);
        this.audit.change(AuditAction.DELETE, "outcome", code, audited(outcome), null);
    }

    private boolean hasChildren(Outcome outcome) {
        return count("select count(*) from outcome where parent_id = ?", outcome.id()) > 0;
    }

    private long count(String sql, Object id) {
        return this.jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /**
     * The parent's id when the form's parent fits its level (the rule of
     * {@link Outcome#parentProblem}): none for the ultimate outcome, the level above
     * else.
     */
    private Long checkedParent(OutcomeForm form, String code) {
        Outcome parent = form.parent() == null ? null : this.outcomes.findByCode(form.parent()).orElse(null);
        Outcome
            .parentProblem(code, form.level(), form.parent() != null, form.parent(),
                    parent == null ? null : parent.level())
            .ifPresent((problem) -> {
                throw UnprocessableException.of("parent", problem.messageKey(), problem.arguments());
            });
        return parent == null ? null : parent.id();
    }

    private AuditedOutcome audited(Outcome outcome) {
        return new AuditedOutcome(outcome.code(), outcome.nameEn(), outcome.nameFr(), outcome.level(),
                outcomeCode(outcome.parentId()), outcome.version());
    }

    private record AuditedOutcome(String code, String nameEn, String nameFr, Level level, String parentCode,
            Integer version) {
    }

    // Indicators

    @Transactional(readOnly = true)
    public List<IndicatorRow> indicatorRows() {
        return this.jdbc.sql("""
                select i.code, i.name_en, i.name_fr, i.outcome_id, o.code as outcome, i.numerator, i.denominator,
                       i.unit
                from indicator i join outcome o on o.id = i.outcome_id
                order by i.code""").query(IndicatorRow.class).list();
    }

    @Transactional(readOnly = true)
    public Indicator indicator(String code) {
        return this.indicators.findByCode(code).orElseThrow(() -> NotFoundException.of("indicator", code));
    }

    @Transactional
    public Indicator createIndicator(IndicatorForm form) {
        if (this.indicators.findByCode(form.code()).isPresent()) {
            throw new ConflictException("results.indicator.duplicate", form.code());
        }
        Outcome outcome = checkedIndicator(form);
        try {
            Indicator saved = this.indicators.save(new Indicator(null, form.code(), form.nameEn(), form.nameFr(),
                    outcome.id(), canonical(form.numerator()), canonical(form.denominator()), form.unit(), null));
            this.audit.change(AuditAction.CREATE, "indicator", saved.code(), null, audited(saved, outcome.code()));
            return saved;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("results.indicator.duplicate", form.code());
        }
    }

    @Transactional
    public Indicator updateIndicator(String code, IndicatorForm form) {
        Indicator current = indicator(code);
        Outcome outcome = checkedIndicator(form);
        AuditedIndicator before = audited(current, outcomeCode(current.outcomeId()));
        try {
            Indicator saved = this.indicators.save(new Indicator(current.id(), code, form.nameEn(), form.nameFr(),
                    outcome.id(), canonical(form.numerator()), canonical(form.denominator()), form.unit(),
                    form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "indicator", code, before, audited(saved, outcome.code()));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("results.stale", code);
        }
    }

    @Transactional
    public void deleteIndicator(String code) {
        Indicator indicator = indicator(code);
        if (count("select count(*) from indicator_target where indicator_id = ?", indicator.id()) > 0) {
            throw new ConflictException("results.indicator.delete.targets", code);
        }
        this.indicators.delete(indicator);
        this.audit.change(AuditAction.DELETE, "indicator", code, audited(indicator, outcomeCode(indicator.outcomeId())),
                null);
    }

    private static String canonical(String measure) {
        return measure == null ? null : Measure.parse(measure).toString();
    }

    /**
     * Every problem of the form's outcome and measures at once; the outcome when there is
     * none.
     */
    private Outcome checkedIndicator(IndicatorForm form) {
        List<FieldError> errors = new ArrayList<>();
        Outcome outcome = this.outcomes.findByCode(form.outcome()).orElse(null);
        if (outcome == null) {
            errors.add(new FieldError("outcome", "results.outcome.unknown", form.outcome()));
        }
        measureProblem("numerator", form.numerator(), errors);
        if (form.denominator() != null) {
            measureProblem("denominator", form.denominator(), errors);
        }
        if (form.unit() != null) {
            form.unit()
                .denominatorProblem(form.denominator() != null)
                .ifPresent((key) -> errors.add(new FieldError("denominator", key)));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        return outcome;
    }

    private static void measureProblem(String field, String text, List<FieldError> errors) {
        try {
            Measure.parse(text);
        }
        catch (InvalidMeasureException ex) {
            errors.add(new FieldError(field, ex.messageKey(), ex.arguments()));
        }
    }

    private static AuditedIndicator audited(Indicator indicator, String outcomeCode) {
        return new AuditedIndicator(indicator.code(), indicator.nameEn(), indicator.nameFr(), outcomeCode,
                indicator.numerator(), indicator.denominator(), indicator.unit(), indicator.version());
    }

    private record AuditedIndicator(String code, String nameEn, String nameFr, String outcomeCode, String numerator,
            String denominator, Unit unit, Integer version) {
    }

    // Targets

    /**
     * The targets of a year, or of every year: newest year first, then the program's own
     * targets, then by mission and indicator.
     */
    @Transactional(readOnly = true)
    public List<TargetRow> targetRows(FiscalYear year) {
        Map<Long, String> missionCodes = MissionCodes.byId(this.missions.all());
        return this.jdbc.sql("""
                select t.id, i.code as indicator, i.name_en as indicator_en, i.name_fr as indicator_fr, i.unit,
                       t.mission_id, t.fiscal_year, t.baseline, t.target
                from indicator_target t
                join indicator i on i.id = t.indicator_id
                where cast(:year as text) is null or t.fiscal_year = :year""")
            .param("year", year == null ? null : year.toString())
            .query((rs, row) -> new TargetRow(rs.getLong("id"), rs.getString("indicator"), rs.getString("indicator_en"),
                    rs.getString("indicator_fr"), Unit.valueOf(rs.getString("unit")),
                    missionCodes.get(rs.getObject("mission_id", Long.class)), rs.getString("fiscal_year"),
                    rs.getBigDecimal("baseline"), rs.getBigDecimal("target")))
            .list()
            .stream()
            .sorted(Comparator.comparing(TargetRow::fiscalYear)
                .reversed()
                .thenComparing(TargetRow::mission, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(TargetRow::indicator))
            .toList();
    }

    /** The fiscal years that have targets, newest first. */
    @Transactional(readOnly = true)
    public List<FiscalYear> targetYears() {
        return this.jdbc.sql("select distinct fiscal_year from indicator_target order by fiscal_year desc")
            .query(String.class)
            .list()
            .stream()
            .map(FiscalYear::parse)
            .toList();
    }

    @Transactional(readOnly = true)
    public Target target(long id) {
        return this.targets.findById(id).orElseThrow(() -> NotFoundException.of("target", id));
    }

    @Transactional(readOnly = true)
    public TargetForm targetForm(Target target) {
        return new TargetForm(codeOfIndicator(target.indicatorId()), codeOfMission(target.missionId()),
                target.fiscalYear(), ResultMath.plain(target.baseline()), ResultMath.plain(target.target()),
                target.version());
    }

    @Transactional
    public Target createTarget(TargetForm form) {
        Checked checked = checkedTarget(form);
        refuseDuplicateTarget(checked, null, form);
        try {
            Target saved = this.targets.save(new Target(null, checked.indicator().id(),
                    checked.mission() == null ? null : checked.mission().id(), checked.year().toString(),
                    form.baseline(), form.target(), null));
            this.audit.change(AuditAction.CREATE, "target", targetKey(saved), null, audited(saved));
            return saved;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("results.target.duplicate", form.indicator(), checked.year());
        }
    }

    @Transactional
    public Target updateTarget(long id, TargetForm form) {
        Target current = target(id);
        Checked checked = checkedTarget(form);
        refuseDuplicateTarget(checked, id, form);
        AuditedTarget before = audited(current);
        try {
            Target saved = this.targets.save(new Target(id, checked.indicator().id(),
                    checked.mission() == null ? null : checked.mission().id(), checked.year().toString(),
                    form.baseline(), form.target(), form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "target", targetKey(saved), before, audited(saved));
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("results.stale", targetKey(current));
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("results.target.duplicate", form.indicator(), checked.year());
        }
    }

    @Transactional
    public void deleteTarget(long id) {
        Target target = target(id);
        this.targets.delete(target);
        this.audit.change(AuditAction.DELETE, "target", targetKey(target), audited(target), null);
    }

    /**
     * Asked before the write so that the usual case fails cleanly, without a failed
     * statement in the transaction; the unique key still decides a race.
     */
    private void refuseDuplicateTarget(Checked checked, Long editedId, TargetForm form) {
        long others = this.jdbc.sql("""
                select count(*) from indicator_target
                where indicator_id = :indicator and mission_id is not distinct from :mission and fiscal_year = :year
                  and id is distinct from :id""")
            .param("indicator", checked.indicator().id())
            .param("mission", checked.mission() == null ? null : checked.mission().id(), java.sql.Types.BIGINT)
            .param("year", checked.year().toString())
            .param("id", editedId, java.sql.Types.BIGINT)
            .query(Long.class)
            .single();
        if (others > 0) {
            throw new ConflictException("results.target.duplicate", form.indicator(), checked.year());
        }
    }

    private Checked checkedTarget(TargetForm form) {
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = this.indicators.findByCode(form.indicator()).orElse(null);
        if (indicator == null) {
            errors.add(new FieldError("indicator", "results.indicator.unknown", form.indicator()));
        }
        Mission mission = null;
        if (form.mission() != null) {
            mission = this.missions.find(form.mission()).orElse(null);
            if (mission == null) {
                errors.add(new FieldError("mission", "results.mission.unknown", form.mission()));
            }
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
        return new Checked(indicator, mission, year);
    }

    private record Checked(Indicator indicator, Mission mission, FiscalYear year) {
    }

    private String codeOfIndicator(Long id) {
        return this.indicators.findById(id).map(Indicator::code).orElse(null);
    }

    private String codeOfMission(Long id) {
        return id == null ? null : this.missions.find(id).map(Mission::code).orElse(null);
    }

    /**
     * The key an import names a target by: indicator, mission (empty for the program) and
     * year.
     */
    private String targetKey(Target target) {
        return codeOfIndicator(target.indicatorId()) + "|" + Objects.toString(codeOfMission(target.missionId()), "")
                + "|" + target.fiscalYear();
    }

    private AuditedTarget audited(Target target) {
        return new AuditedTarget(codeOfIndicator(target.indicatorId()), codeOfMission(target.missionId()),
                target.fiscalYear(), ResultMath.plain(target.baseline()), ResultMath.plain(target.target()),
                target.version());
    }

    private record AuditedTarget(String indicatorCode, String missionCode, String fiscalYear, BigDecimal baseline,
            BigDecimal target, Integer version) {
    }

    // Views

    /** An outcome with its indicators and the outcomes of the level below. */
    public record OutcomeNode(Outcome outcome, List<IndicatorRow> indicators, List<OutcomeNode> children) {
    }

    /** An indicator as lists show it. */
    public record IndicatorRow(String code, String nameEn, String nameFr, Long outcomeId, String outcome,
            String numerator, String denominator, Unit unit) {

        public String name(String language) {
            return "fr".equals(language) ? this.nameFr : this.nameEn;
        }

    }

    /** A target as lists show it; no mission: the whole program. */
    public record TargetRow(long id, String indicator, String indicatorEn, String indicatorFr, Unit unit,
            String mission, String fiscalYear, BigDecimal baseline, BigDecimal target) {

        public String indicatorName(String language) {
            return "fr".equals(language) ? this.indicatorFr : this.indicatorEn;
        }

        public BigDecimal baselineValue() {
            return ResultMath.plain(this.baseline);
        }

        public BigDecimal targetValue() {
            return ResultMath.plain(this.target);
        }

    }

}
