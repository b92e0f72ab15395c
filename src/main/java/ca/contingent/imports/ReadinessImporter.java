package ca.contingent.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.person.PersonService;
import ca.contingent.person.PersonValues;
import ca.contingent.readiness.ReadinessCodes;
import ca.contingent.readiness.ReadinessImports;
import ca.contingent.readiness.ReadinessItemValues;
import ca.contingent.readiness.ValidityWindow;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * A person's readiness items with their validity windows; key (person, item, valid_from).
 * An empty {@code valid_until} is a window without end. The people and item codes are
 * checked through their modules, and the rows handed to the readiness module's writer.
 */
@Component
class ReadinessImporter implements KindImporter<ReadinessItemValues> {

    private final ReadinessImports readiness;

    private final ReadinessCodes codes;

    private final PersonService people;

    ReadinessImporter(ReadinessImports readiness, ReadinessCodes codes, PersonService people) {
        this.readiness = readiness;
        this.codes = codes;
        this.people = people;
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
    public ReadinessItemValues read(Cells cells) {
        ReadinessItemValues line = new ReadinessItemValues(cells.text("person_id", PersonValues.EXTERNAL_ID_MAX_LENGTH),
                cells.code("item", ReadinessItemValues.ITEM_MAX_LENGTH), cells.date("valid_from"),
                cells.optionalDate("valid_until"));
        if (line.validFrom() != null && !ValidityWindow.isOrdered(line.validFrom(), line.validUntil())) {
            cells.problem("valid_until", "import.error.untilBeforeFrom", line.validUntil().toString(),
                    line.validFrom().toString());
        }
        return line;
    }

    @Override
    public String key(ReadinessItemValues line) {
        return line.person() + "|" + line.item() + "|" + line.validFrom();
    }

    @Override
    public void check(List<Line<ReadinessItemValues>> lines, Problems problems, ImportScope scope) {
        Set<String> people = this.people
            .existing(lines.stream().map((line) -> line.value().person()).collect(Collectors.toSet()));
        Set<String> items = this.codes
            .existing(lines.stream().map((line) -> line.value().item()).collect(Collectors.toSet()));
        for (Line<ReadinessItemValues> line : lines) {
            ReadinessItemValues value = line.value();
            if (value.person() != null && !people.contains(value.person())) {
                problems.add(line.row(), "person_id", "import.error.unknownPerson", value.person());
            }
            if (value.item() != null && !items.contains(value.item())) {
                problems.add(line.row(), "item", "import.error.unknownReadinessItem", value.item());
            }
        }
    }

    @Override
    public List<Written> write(List<ReadinessItemValues> lines) {
        return this.readiness.importRows(lines);
    }

}
