package ca.contingent.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ca.contingent.mission.MissionBulkWriter;
import ca.contingent.mission.MissionForm;
import ca.contingent.mission.Organization;
import ca.contingent.shared.CountryCode;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Missions and their components (one level deep): the file's cells become the mission
 * module's lines, which {@link MissionBulkWriter} checks and writes.
 */
@Component
class MissionImporter implements KindImporter<MissionBulkWriter.Line> {

    static final List<String> ORGANIZATIONS = Arrays.stream(Organization.values()).map(Organization::name).toList();

    /** The column of each field the mission module names in its problems. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("nameEn", "name_en"), Map.entry("nameFr", "name_fr"), Map.entry("parent", "parent_code"),
            Map.entry("organization", "organization"), Map.entry("country", "country"),
            Map.entry("location", "location"), Map.entry("language", "language"), Map.entry("armed", "armed"),
            Map.entry("authorizedStrength", "authorized_strength"), Map.entry("startDate", "start_date"),
            Map.entry("endDate", "end_date"), Map.entry("requiredReadiness", "required_readiness"));

    private final MissionBulkWriter missions;

    MissionImporter(MissionBulkWriter missions) {
        this.missions = missions;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.MISSIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.optional("parent_code"), Column.required("organization"), Column.required("country"),
                Column.required("location"), Column.required("language"), Column.required("armed"),
                Column.optional("authorized_strength"), Column.required("start_date"), Column.optional("end_date"),
                Column.optional("required_readiness"));
    }

    @Override
    public MissionBulkWriter.Line read(Cells cells) {
        String code = cells.code("code", MissionForm.CODE_LENGTH);
        String nameEn = cells.text("name_en", MissionForm.TEXT_LENGTH);
        String nameFr = cells.text("name_fr", MissionForm.TEXT_LENGTH);
        String parentCode = cells.optionalText("parent_code", MissionForm.CODE_LENGTH);
        String organization = cells.oneOf("organization", ORGANIZATIONS);
        String country = cells.text("country", 200);
        if (country != null && !CountryCode.isKnown(country)) {
            cells.problem("country", "import.error.country", country);
            country = null;
        }
        String location = cells.text("location", MissionForm.TEXT_LENGTH);
        String language = cells.oneOf("language", MissionForm.LANGUAGES);
        Boolean armed = cells.bool("armed");
        Integer strength = cells.optionalWhole("authorized_strength", 0);
        LocalDate start = cells.date("start_date");
        LocalDate end = cells.optionalDate("end_date");
        // Absent column: the stored requirements stay; present and empty: the mission
        // requires nothing.
        List<String> required = null;
        if (cells.has("required_readiness")) {
            String items = cells.optionalText("required_readiness", 1000);
            required = items == null ? List.of()
                    : Arrays.stream(items.split(";"))
                        .map(String::trim)
                        .filter((item) -> !item.isEmpty())
                        .distinct()
                        .toList();
        }
        MissionForm mission = new MissionForm(code, nameEn, nameFr, parentCode,
                organization == null ? null : Organization.valueOf(organization), country, location, language, armed,
                strength, start, end, null);
        return new MissionBulkWriter.Line(mission, required);
    }

    @Override
    public String key(MissionBulkWriter.Line line) {
        return line.mission().code();
    }

    @Override
    public void check(List<Line<MissionBulkWriter.Line>> lines, Problems problems, ImportScope scope) {
        Rows.place(this.missions.check(Rows.of(lines)), COLUMNS, problems);
    }

    @Override
    public List<Written> write(List<MissionBulkWriter.Line> lines) {
        return this.missions.write(lines);
    }

}
