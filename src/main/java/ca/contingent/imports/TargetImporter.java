package ca.contingent.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Targets with their baselines; key (indicator, mission, fiscal year), where an empty
 * mission is the whole program.
 */
@Component
class TargetImporter implements KindImporter<TargetImporter.TargetLine> {

    /** Not negative, at most two decimals, as the column stores it. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private static final String JSON = """
            jsonb_build_object('indicator_code', %2$s.code, 'mission_code', %3$s.code,
                               'fiscal_year', %1$s.fiscal_year, 'baseline', %1$s.baseline, 'target', %1$s.target)""";

    private static final String UPSERT = """
            with r as (
                select i.id as indicator_id, m.id as mission_id, r.fiscal_year, r.baseline::numeric as baseline,
                       r.target::numeric as target
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(indicator_code, mission_code, fiscal_year, baseline, target)
                join indicator i on i.code = r.indicator_code
                left join mission m on m.code = r.mission_code
            ), old as (
                select t.id, %1$s as before
                from indicator_target t
                join r on r.indicator_id = t.indicator_id and r.mission_id is not distinct from t.mission_id
                      and r.fiscal_year = t.fiscal_year
                join indicator i on i.id = t.indicator_id
                left join mission m on m.id = t.mission_id
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
            from up join indicator i on i.id = up.indicator_id left join mission m on m.id = up.mission_id
            left join old on old.id = up.id
            """.formatted(JSON.formatted("t", "i", "m"), JSON.formatted("up", "i", "m"));

    private final JdbcTemplate jdbc;

    TargetImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record TargetLine(String indicatorCode, String missionCode, String fiscalYear, BigDecimal baseline,
            BigDecimal target) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TARGETS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("indicator_code"), Column.optional("mission_code"),
                Column.required("fiscal_year"), Column.optional("baseline"), Column.required("target"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of("indicator_code", "mission_code", "fiscal_year");
    }

    @Override
    public TargetLine read(Cells cells) {
        String missionCode = cells.value("mission_code") == null ? null : cells.code("mission_code", 30);
        return new TargetLine(cells.code("indicator_code", 30), missionCode, fiscalYear(cells, "fiscal_year"),
                decimal(cells, "baseline", false), decimal(cells, "target", true));
    }

    /**
     * A fiscal year written {@code 2024-25}, or {@code null} with its problem recorded.
     */
    static String fiscalYear(Cells cells, String column) {
        String value = cells.value(column);
        if (value == null) {
            cells.problem(column, "import.error.required");
            return null;
        }
        try {
            return FiscalYear.parse(value).toString();
        }
        catch (InvalidFiscalYearException ex) {
            cells.problem(column, "results.fiscalYear.invalid", value);
            return null;
        }
    }

    private static BigDecimal decimal(Cells cells, String column, boolean required) {
        String value = cells.value(column);
        if (value == null) {
            if (required) {
                cells.problem(column, "import.error.required");
            }
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            cells.problem(column, "results.import.decimal", value);
            return null;
        }
        return new BigDecimal(value);
    }

    @Override
    public String key(TargetLine line) {
        return line.indicatorCode() + "|" + (line.missionCode() == null ? "" : line.missionCode()) + "|"
                + line.fiscalYear();
    }

    @Override
    public void check(List<Line<TargetLine>> lines, Problems problems, ImportScope scope) {
        Set<String> indicators = Upserts.existing(this.jdbc, "select code from indicator where code = any(?)",
                lines.stream().map((line) -> line.value().indicatorCode()).collect(Collectors.toSet()));
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission where code = any(?)",
                lines.stream().map((line) -> line.value().missionCode()).collect(Collectors.toSet()));
        // The service finds a repeated key only when every key cell is filled; a program
        // target has no mission.
        Map<String, Integer> programRows = new HashMap<>();
        for (Line<TargetLine> line : lines) {
            TargetLine value = line.value();
            if (value.indicatorCode() != null && !indicators.contains(value.indicatorCode())) {
                problems.add(line.row(), "indicator_code", "results.indicator.unknown", value.indicatorCode());
            }
            if (value.missionCode() != null && !missions.contains(value.missionCode())) {
                problems.add(line.row(), "mission_code", "import.error.unknownMission", value.missionCode());
            }
            if (value.missionCode() == null && value.indicatorCode() != null && value.fiscalYear() != null) {
                Integer first = programRows.putIfAbsent(key(value), line.row());
                if (first != null) {
                    problems.add(line.row(), "indicator_code", "import.error.duplicateKey", key(value),
                            String.valueOf(first));
                }
            }
        }
    }

    @Override
    public List<Written> write(List<TargetLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, TargetLine::indicatorCode),
                Upserts.column(lines, TargetLine::missionCode), Upserts.column(lines, TargetLine::fiscalYear),
                Upserts.column(lines, (line) -> line.baseline() == null ? null : line.baseline().toPlainString()),
                Upserts.column(lines, (line) -> line.target() == null ? null : line.target().toPlainString()));
    }

}
