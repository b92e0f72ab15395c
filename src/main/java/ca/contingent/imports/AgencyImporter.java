package ca.contingent.imports;

import java.util.Arrays;
import java.util.List;

import ca.contingent.agency.AgencyCode;
import ca.contingent.agency.AgencyImports;
import ca.contingent.agency.AgencyType;
import ca.contingent.agency.AgencyValues;
import ca.contingent.agency.Province;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * The agencies file: its columns, each cell read by the agency module's rules, and the
 * rows handed to that module's writer.
 */
@Component
class AgencyImporter implements KindImporter<AgencyValues> {

    static final List<String> TYPES = Arrays.stream(AgencyType.values()).map(Enum::name).toList();

    private final AgencyImports agencies;

    AgencyImporter(AgencyImports agencies) {
        this.agencies = agencies;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.AGENCIES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("type"), Column.optional("province"), Column.required("partner_since"));
    }

    @Override
    public AgencyValues read(Cells cells) {
        // In the order of the columns, so that a row's problems are listed in that order.
        AgencyCode code = code(cells);
        String nameEn = cells.text("name_en", AgencyValues.NAME_MAX_LENGTH);
        String nameFr = cells.text("name_fr", AgencyValues.NAME_MAX_LENGTH);
        String type = cells.oneOf("type", TYPES);
        String province = cells.optionalOneOf("province", Province.codes());
        return new AgencyValues(code, nameEn, nameFr, type == null ? null : AgencyType.valueOf(type),
                province == null ? null : Province.of(province), cells.date("partner_since"));
    }

    /** {@link AgencyCode}'s rule, with the messages of every other code of a file. */
    private static AgencyCode code(Cells cells) {
        String text = cells.text("code", AgencyCode.MAX_LENGTH);
        if (text == null) {
            return null;
        }
        if (!AgencyCode.isValid(text)) {
            cells.problem("code", "import.error.code", text);
            return null;
        }
        return AgencyCode.of(text);
    }

    @Override
    public String key(AgencyValues line) {
        return line.code() == null ? null : line.code().value();
    }

    @Override
    public void check(List<Line<AgencyValues>> lines, Problems problems, ImportScope scope) {
        // An agency refers to nothing else.
    }

    @Override
    public List<Written> write(List<AgencyValues> lines) {
        return this.agencies.importRows(lines);
    }

}
