package ca.contingent.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's readiness items with their validity windows; key (person, item, valid_from).
 * An empty {@code valid_until} is a window without end.
 */
@Component
class ReadinessImporter implements KindImporter<ReadinessImporter.ReadinessLine> {

    private static final String JSON = """
            jsonb_build_object('person_id', %2$s.external_id, 'item', %1$s.item, 'valid_from', %1$s.valid_from,
                               'valid_until', %1$s.valid_until)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                     as r(person_id, item, valid_from, valid_until)
            ), old as (
                select p.external_id || '|' || t.item || '|' || t.valid_from as key, %1$s as before
                from readiness_item t join person p on p.id = t.person_id
                join r on r.person_id = p.external_id and r.item = t.item and r.valid_from::date = t.valid_from
            ), up as (
                insert into readiness_item (person_id, item, valid_from, valid_until)
                select p.id, r.item, r.valid_from::date, r.valid_until::date
                from r join person p on p.external_id = r.person_id
                on conflict (person_id, item, valid_from) do update
                    set valid_until = excluded.valid_until
                    where readiness_item.valid_until is distinct from excluded.valid_until
                returning readiness_item.*, (xmax = 0) as created
            )
            select p.external_id || '|' || up.item || '|' || up.valid_from as key, up.created, old.before::text,
                   %2$s::text
            from up join person p on p.id = up.person_id
            left join old on old.key = p.external_id || '|' || up.item || '|' || up.valid_from
            """.formatted(JSON.formatted("t", "p"), JSON.formatted("up", "p"));

    private final JdbcTemplate jdbc;

    ReadinessImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ReadinessLine(String personId, String item, LocalDate validFrom, LocalDate validUntil) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.READINESS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("person_id"), Column.required("item"), Column.required("valid_from"),
                Column.optional("valid_until"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of("person_id", "item", "valid_from");
    }

    @Override
    public ReadinessLine read(Cells cells) {
        ReadinessLine line = new ReadinessLine(cells.text("person_id", 40), cells.code("item", 40),
                cells.date("valid_from"), cells.optionalDate("valid_until"));
        if (line.validFrom() != null && line.validUntil() != null && line.validUntil().isBefore(line.validFrom())) {
            cells.problem("valid_until", "import.error.untilBeforeFrom", line.validUntil().toString(),
                    line.validFrom().toString());
        }
        return line;
    }

    @Override
    public String key(ReadinessLine line) {
        return line.personId() + "|" + line.item() + "|" + line.validFrom();
    }

    @Override
    public void check(List<Line<ReadinessLine>> lines, Problems problems, ImportScope scope) {
        Set<String> people = Upserts.existing(this.jdbc, "select external_id from person where external_id = any(?)",
                lines.stream().map((line) -> line.value().personId()).collect(Collectors.toSet()));
        Set<String> items = Upserts.existing(this.jdbc, "select code from readiness_item_code where code = any(?)",
                lines.stream().map((line) -> line.value().item()).collect(Collectors.toSet()));
        for (Line<ReadinessLine> line : lines) {
            ReadinessLine value = line.value();
            if (value.personId() != null && !people.contains(value.personId())) {
                problems.add(line.row(), "person_id", "import.error.unknownPerson", value.personId());
            }
            if (value.item() != null && !items.contains(value.item())) {
                problems.add(line.row(), "item", "import.error.unknownReadinessItem", value.item());
            }
        }
    }

    @Override
    public List<Written> write(List<ReadinessLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, ReadinessLine::personId),
                Upserts.column(lines, ReadinessLine::item), Upserts.column(lines, ReadinessLine::validFrom),
                Upserts.column(lines, ReadinessLine::validUntil));
    }

}
