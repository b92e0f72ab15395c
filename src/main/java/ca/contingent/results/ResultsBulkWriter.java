package ca.contingent.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results framework's records written in bulk: the {@code outcomes},
 * {@code indicators}, {@code targets} and {@code highlights} imports hand their rows
 * here, already read cell by cell, and this module checks them against its own tables and
 * writes them. The rules are the pages' ({@link LogicModel}, {@link Highlights}): the
 * parent of an outcome and its level ({@link Outcome#parentProblem},
 * {@link Outcome#levelChangeProblem}), an indicator's unit and denominator
 * ({@link Unit#denominatorProblem}), its measures ({@link Measure#parse}), a fiscal year
 * ({@link FiscalYear}), known references; with the same messages.
 * <p>
 * A line may hold nulls where a cell was refused (already reported by the import): the
 * checks skip those values and still look at the rest of the line, so that a file's
 * problems are found in one pass. Writes are set-based upserts ({@link Upserts}) that
 * answer each record created or changed with its values before and after, keys and
 * references as a file writes them, for the audit log. Everything runs in the import's
 * transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ResultsBulkWriter {

    private static final List<Level> LEVELS = List.of(Level.ULTIMATE, Level.INTERMEDIATE, Level.IMMEDIATE);

    private static final String OUTCOME_JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'level', %1$s.level, 'parent_code', %2$s.code)""";

    private static final String OUTCOMES = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, level, parent_code)
            ), old as (
                select t.code, %1$s as before
                from outcome t left join outcome p on p.id = t.parent_id
                where t.code in (select code from r)
            ), up as (
                insert into outcome (code, name_en, name_fr, level, parent_id)
                select r.code, r.name_en, r.name_fr, r.level, p.id
                from r left join outcome p on p.code = r.parent_code
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, level = excluded.level,
                        parent_id = excluded.parent_id, version = outcome.version + 1
                    where (outcome.name_en, outcome.name_fr, outcome.level, outcome.parent_id)
                          is distinct from (excluded.name_en, excluded.name_fr, excluded.level, excluded.parent_id)
                returning outcome.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up left join outcome p on p.id = up.parent_id left join old on old.code = up.code
            """.formatted(OUTCOME_JSON.formatted("t", "p"), OUTCOME_JSON.formatted("up", "p"));

    private static final String INDICATOR_JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'outcome_code', %2$s.code, 'numerator', %1$s.numerator,
                               'denominator', %1$s.denominator, 'unit', %1$s.unit)""";

    private static final String INDICATORS = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, outcome_code, numerator, denominator, unit)
            ), old as (
                select t.code, %1$s as before
                from indicator t join outcome o on o.id = t.outcome_id
                where t.code in (select code from r)
            ), up as (
                insert into indicator (code, name_en, name_fr, outcome_id, numerator, denominator, unit)
                select r.code, r.name_en, r.name_fr, o.id, r.numerator, r.denominator, r.unit
                from r join outcome o on o.code = r.outcome_code
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, outcome_id = excluded.outcome_id,
                        numerator = excluded.numerator, denominator = excluded.denominator, unit = excluded.unit,
                        version = indicator.version + 1
                    where (indicator.name_en, indicator.name_fr, indicator.outcome_id, indicator.numerator,
                           indicator.denominator, indicator.unit)
                          is distinct from
                          (excluded.name_en, excluded.name_fr, excluded.outcome_id, excluded.numerator,
                           excluded.denominator, excluded.unit)
                returning indicator.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up join outcome o on o.id = up.outcome_id left join old on old.code = up.code
            """.formatted(INDICATOR_JSON.formatted("t", "o"), INDICATOR_JSON.formatted("up", "o"));

    /*
     * The file's missions come from the mission module (their ids and codes as the last
     * two arrays, the CTE m), never from the mission table.
     */
    private static final String MISSIONS = """
            m as (select * from unnest(?::bigint[], ?::text[]) as m(id, code))""";

    private static final String TARGET_JSON = """
            jsonb_build_object('indicator_code', %2$s.code, 'mission_code', %3$s.code,
                               'fiscal_year', %1$s.fiscal_year, 'baseline', %1$s.baseline, 'target', %1$s.target)""";

    private static final String TARGETS = """
            with f as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as f(indicator_code, mission_code, fiscal_year, baseline, target)
            ), %3$s, r as (
                select i.id as indicator_id, m.id as mission_id, f.fiscal_year, f.baseline::numeric as baseline,
                       f.target::numeric as target
                from f
                join indicator i on i.code = f.indicator_code
                left join m on m.code = f.mission_code
            ), old as (
                select t.id, %1$s as before
                from indicator_target t
                join r on r.indicator_id = t.indicator_id and r.mission_id is not distinct from t.mission_id
                      and r.fiscal_year = t.fiscal_year
                join indicator i on i.id = t.indicator_id
                left join m on m.id = t.mission_id
            ), up as (
                insert into indicator_target (indicator_id, mission_id, fiscal_year, baseline, target)
                select indicator_id, mission_id, fiscal_year, baseline, target from r
                on conflict (indicator_id, mission_id, fiscal_year) do update
                    set baseline = excluded.baseline, target = excluded.target,
                        version = indicator_target.version + 1
                    where (indicator_target.baseline, indicator_target.target)
                          is distinct from (excluded.baseline, excluded.target)
                returning indicator_target.*, (xmax = 0) as created
            )
            select i.code || '|' || coalesce(m.code, '') || '|' || up.fiscal_year, up.created, old.before::text,
                   %2$s::text
            from up join indicator i on i.id = up.indicator_id left join m on m.id = up.mission_id
            left join old on old.id = up.id
            """.formatted(TARGET_JSON.formatted("t", "i", "m"), TARGET_JSON.formatted("up", "i", "m"), MISSIONS);

    private static final String HIGHLIGHT_JSON = """
            jsonb_build_object('mission_code', %2$s.code, 'fiscal_year', %1$s.fiscal_year,
                               'position', %1$s.position, 'title_en', %1$s.title_en, 'title_fr', %1$s.title_fr,
                               'text_en', %1$s.text_en, 'text_fr', %1$s.text_fr)""";

    private static final String HIGHLIGHTS = """
            with f as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as f(mission_code, fiscal_year, position, title_en, title_fr, text_en, text_fr)
            ), %3$s, r as (
                select m.id as mission_id, f.fiscal_year, f.position::integer as position, f.title_en, f.title_fr,
                       f.text_en, f.text_fr
                from f
                join m on m.code = f.mission_code
            ), old as (
                select t.id, %1$s as before
                from highlight t
                join r on r.mission_id = t.mission_id and r.fiscal_year = t.fiscal_year and r.position = t.position
                join m on m.id = t.mission_id
            ), up as (
                insert into highlight (mission_id, fiscal_year, position, title_en, title_fr, text_en, text_fr)
                select mission_id, fiscal_year, position, title_en, title_fr, text_en, text_fr from r
                on conflict (mission_id, fiscal_year, position) do update
                    set title_en = excluded.title_en, title_fr = excluded.title_fr, text_en = excluded.text_en,
                        text_fr = excluded.text_fr, version = highlight.version + 1
                    where (highlight.title_en, highlight.title_fr, highlight.text_en, highlight.text_fr)
                          is distinct from (excluded.title_en, excluded.title_fr, excluded.text_en, excluded.text_fr)
                returning highlight.*, (xmax = 0) as created
            )
            select m.code || '|' || up.fiscal_year || '|' || up.position, up.created, old.before::text, %2$s::text
            from up join m on m.id = up.mission_id left join old on old.id = up.id
            """.formatted(HIGHLIGHT_JSON.formatted("t", "m"), HIGHLIGHT_JSON.formatted("up", "m"), MISSIONS);

    private final JdbcTemplate jdbc;

    private final MissionService missions;

    ResultsBulkWriter(JdbcTemplate jdbc, MissionService missions) {
        this.jdbc = jdbc;
        this.missions = missions;
    }

    /**
     * An outcome as a file gives it.
     *
     * @param parentGiven the parent cell was filled, even with a code that was refused
     */
    public record OutcomeLine(String code, String nameEn, String nameFr, Level level, String parentCode,
            boolean parentGiven) {
    }

    /** An indicator as a file gives it; no denominator for a count. */
    public record IndicatorLine(String code, String nameEn, String nameFr, String outcomeCode, Measure numerator,
            Measure denominator, Unit unit) {
    }

    /** A target as a file gives it; no mission: the whole program. */
    public record TargetLine(String indicatorCode, String missionCode, FiscalYear fiscalYear, BigDecimal baseline,
            BigDecimal target) {
    }

    /** A mission's highlight of a year as a file gives it. */
    public record HighlightLine(String missionCode, FiscalYear fiscalYear, Integer position, String titleEn,
            String titleFr, String textEn, String textFr) {
    }

    /**
     * A rule a line breaks: the line's index in the list checked, the file's column, and
     * the message key with its arguments.
     */
    public record Problem(int index, String column, String messageKey, Object... arguments) {

        static Problem of(int index, String column, RuleBreak rule) {
            return new Problem(index, column, rule.messageKey(), rule.arguments());
        }

    }

    // Outcomes

    /**
     * Each outcome's parent against its level, where a parent may come in the same file
     * (its level there wins over the stored one), and no change of level for an outcome
     * that has outcomes under it.
     */
    public List<Problem> checkOutcomes(List<OutcomeLine> lines) {
        Set<String> parentCodes = codes(lines, OutcomeLine::parentCode);
        Set<String> codes = codes(lines, OutcomeLine::code);
        Map<String, Level> stored = storedLevels(union(parentCodes, codes));
        Map<String, Level> levels = new HashMap<>();
        stored.forEach((code, level) -> {
            if (parentCodes.contains(code)) {
                levels.put(code, level);
            }
        });
        for (OutcomeLine line : lines) {
            if (line.code() != null) {
                levels.put(line.code(), line.level());
            }
        }
        Set<String> withChildren = withChildren(codes);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OutcomeLine line = lines.get(i);
            if (line.level() == null) {
                continue;
            }
            int index = i;
            Outcome
                .parentProblem(line.code(), line.level(), line.parentGiven(), line.parentCode(),
                        line.parentCode() == null ? null : levels.get(line.parentCode()))
                .ifPresent((rule) -> problems.add(Problem.of(index, "parent_code", rule)));
            if (line.code() != null && stored.containsKey(line.code())) {
                Outcome
                    .levelChangeProblem(line.code(), stored.get(line.code()), line.level(),
                            () -> withChildren.contains(line.code()))
                    .ifPresent((rule) -> problems.add(Problem.of(index, "level", rule)));
            }
        }
        return problems;
    }

    /**
     * Writes the outcomes one level at a time, the ultimate first, so that each level
     * finds the parents written before it.
     */
    public List<Written> writeOutcomes(List<OutcomeLine> lines) {
        List<Written> written = new ArrayList<>();
        for (Level level : LEVELS) {
            List<OutcomeLine> ofLevel = lines.stream().filter((line) -> line.level() == level).toList();
            written.addAll(Upserts.run(this.jdbc, OUTCOMES, Upserts.column(ofLevel, OutcomeLine::code),
                    Upserts.column(ofLevel, OutcomeLine::nameEn), Upserts.column(ofLevel, OutcomeLine::nameFr),
                    Upserts.column(ofLevel, OutcomeLine::level), Upserts.column(ofLevel, OutcomeLine::parentCode)));
        }
        return written;
    }

    // Indicators

    /** Each indicator's outcome exists. */
    public List<Problem> checkIndicators(List<IndicatorLine> lines) {
        Set<String> outcomes = Upserts.existing(this.jdbc, "select code from outcome where code = any(?)",
                codes(lines, IndicatorLine::outcomeCode));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String outcome = lines.get(i).outcomeCode();
            if (outcome != null && !outcomes.contains(outcome)) {
                problems.add(new Problem(i, "outcome_code", "results.outcome.unknown", outcome));
            }
        }
        return problems;
    }

    public List<Written> writeIndicators(List<IndicatorLine> lines) {
        return Upserts.run(this.jdbc, INDICATORS, Upserts.column(lines, IndicatorLine::code),
                Upserts.column(lines, IndicatorLine::nameEn), Upserts.column(lines, IndicatorLine::nameFr),
                Upserts.column(lines, IndicatorLine::outcomeCode), Upserts.column(lines, IndicatorLine::numerator),
                Upserts.column(lines, IndicatorLine::denominator), Upserts.column(lines, IndicatorLine::unit));
    }

    // Targets

    /** Each target's indicator exists. */
    public List<Problem> checkTargets(List<TargetLine> lines) {
        Set<String> indicators = Upserts.existing(this.jdbc, "select code from indicator where code = any(?)",
                codes(lines, TargetLine::indicatorCode));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String indicator = lines.get(i).indicatorCode();
            if (indicator != null && !indicators.contains(indicator)) {
                problems.add(new Problem(i, "indicator_code", "results.indicator.unknown", indicator));
            }
        }
        return problems;
    }

    public List<Written> writeTargets(List<TargetLine> lines) {
        Missions known = missions(codes(lines, TargetLine::missionCode));
        return Upserts.run(this.jdbc, TARGETS, Upserts.column(lines, TargetLine::indicatorCode),
                Upserts.column(lines, TargetLine::missionCode), Upserts.column(lines, TargetLine::fiscalYear),
                Upserts.column(lines, (line) -> line.baseline() == null ? null : line.baseline().toPlainString()),
                Upserts.column(lines, (line) -> line.target() == null ? null : line.target().toPlainString()),
                known.ids(), known.codes());
    }

    // Highlights

    public List<Written> writeHighlights(List<HighlightLine> lines) {
        Missions known = missions(codes(lines, HighlightLine::missionCode));
        return Upserts.run(this.jdbc, HIGHLIGHTS, Upserts.column(lines, HighlightLine::missionCode),
                Upserts.column(lines, HighlightLine::fiscalYear), Upserts.column(lines, HighlightLine::position),
                Upserts.column(lines, HighlightLine::titleEn), Upserts.column(lines, HighlightLine::titleFr),
                Upserts.column(lines, HighlightLine::textEn), Upserts.column(lines, HighlightLine::textFr), known.ids(),
                known.codes());
    }

    /** The stored outcomes' levels by code. */
    private Map<String, Level> storedLevels(Set<String> codes) {
        Map<String, Level> levels = new HashMap<>();
        Upserts.existing(this.jdbc, "select code || '|' || level from outcome where code = any(?)", codes)
            .forEach((found) -> levels.put(found.substring(0, found.indexOf('|')),
                    Level.valueOf(found.substring(found.indexOf('|') + 1))));
        return levels;
    }

    /** Those of the stored outcomes that have outcomes under them. */
    private Set<String> withChildren(Set<String> codes) {
        return Upserts.existing(this.jdbc, """
                select p.code from outcome p where p.code = any(?)
                and exists (select 1 from outcome c where c.parent_id = p.id)""", codes);
    }

    /** The ids and codes of the named missions that exist, as two parallel columns. */
    private Missions missions(Set<String> codes) {
        List<Mission> found = this.missions.all().stream().filter((m) -> codes.contains(m.code())).toList();
        return new Missions(Upserts.column(found, Mission::id), Upserts.column(found, Mission::code));
    }

    private record Missions(String[] ids, String[] codes) {
    }

    private static <L> Set<String> codes(Collection<L> lines, Function<L, String> code) {
        return lines.stream().map(code).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

}
