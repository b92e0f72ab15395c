package ca.contingent.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.results.InvalidMeasureException;
import ca.contingent.results.Measure;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indicators of the logic model: a numerator and, for a percent, a denominator, each a
 * measure {@code MEASURE[:CATEGORY[:TYPE]]}, stored as written once checked.
 */
@Component
class IndicatorImporter implements KindImporter<IndicatorImporter.IndicatorLine> {

    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'outcome_code', %2$s.code, 'numerator', %1$s.numerator,
                               'denominator', %1$s.denominator, 'unit', %1$s.unit)""";

    private static final String UPSERT = """
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
            """.formatted(JSON.formatted("t", "o"), JSON.formatted("up", "o"));

    private final JdbcTemplate jdbc;

    IndicatorImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record IndicatorLine(String code, String nameEn, String nameFr, String outcomeCode, String numerator,
            String denominator, String unit) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INDICATORS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("outcome_code"), Column.required("numerator"), Column.optional("denominator"),
                Column.required("unit"));
    }

    @Override
    public IndicatorLine read(Cells cells) {
        String numerator = measure(cells, "numerator", cells.text("numerator", 250));
        String denominator = measure(cells, "denominator", cells.optionalText("denominator", 250));
        String unit = cells.oneOf("unit", List.of("COUNT", "PERCENT"));
        boolean denominatorGiven = cells.value("denominator") != null;
        if ("PERCENT".equals(unit) && !denominatorGiven) {
            cells.problem("denominator", "results.indicator.percentNeedsDenominator");
        }
        if ("COUNT".equals(unit) && denominatorGiven) {
            cells.problem("denominator", "results.indicator.countHasNoDenominator");
        }
        return new IndicatorLine(cells.code("code", 30), cells.text("name_en", 300), cells.text("name_fr", 300),
                cells.code("outcome_code", 30), numerator, denominator, unit);
    }

    /**
     * The measure as stored (canonical spelling), or {@code null} with its problem
     * recorded.
     */
    private static String measure(Cells cells, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Measure.parse(text).toString();
        }
        catch (InvalidMeasureException ex) {
            cells.problem(column, ex.messageKey(), ex.arguments());
            return null;
        }
    }

    @Override
    public String key(IndicatorLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<IndicatorLine>> lines, Problems problems, ImportScope scope) {
        Set<String> outcomes = Upserts.existing(this.jdbc, "select code from outcome where code = any(?)",
                lines.stream().map((line) -> line.value().outcomeCode()).collect(Collectors.toSet()));
        for (Line<IndicatorLine> line : lines) {
            String outcome = line.value().outcomeCode();
            if (outcome != null && !outcomes.contains(outcome)) {
                problems.add(line.row(), "outcome_code", "results.outcome.unknown", outcome);
            }
        }
    }

    @Override
    public List<Written> write(List<IndicatorLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, IndicatorLine::code),
                Upserts.column(lines, IndicatorLine::nameEn), Upserts.column(lines, IndicatorLine::nameFr),
                Upserts.column(lines, IndicatorLine::outcomeCode), Upserts.column(lines, IndicatorLine::numerator),
                Upserts.column(lines, IndicatorLine::denominator), Upserts.column(lines, IndicatorLine::unit));
    }

}
