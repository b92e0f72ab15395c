package ca.contingent.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.contingent.reporting.AnnualReport.ActivityFigures;
import ca.contingent.reporting.AnnualReport.AgencyCount;
import ca.contingent.reporting.AnnualReport.MissionFigures;
import ca.contingent.shared.Percent;

/**
 * The annual report arranged as the published document reads: each top-level mission
 * followed by its components, with its agencies named and its activities.
 */
public record AnnualReportPage(AnnualReport report, List<MissionSection> sections) {

    public static AnnualReportPage of(AnnualReport report, Map<String, String> agencyNames) {
        Map<String, MissionFigures> byCode = report.missions()
            .stream()
            .collect(Collectors.toMap(MissionFigures::code, Function.identity()));
        List<MissionSection> sections = new ArrayList<>();
        for (MissionFigures mission : report.missions()) {
            if (mission.parent() != null && byCode.containsKey(mission.parent())) {
                continue;
            }
            List<MissionSection> components = report.missions()
                .stream()
                .filter((candidate) -> mission.code().equals(candidate.parent()))
                .map((component) -> section(component, List.of(), report, agencyNames))
                .toList();
            sections.add(section(mission, components, report, agencyNames));
        }
        return new AnnualReportPage(report, sections);
    }

    private static MissionSection section(MissionFigures mission, List<MissionSection> components, AnnualReport report,
            Map<String, String> agencyNames) {
        List<NamedCount> agencies = mission.agencies()
            .stream()
            .map((count) -> new NamedCount(agencyNames.getOrDefault(count.code(), count.code()), count))
            .toList();
        List<ActivityFigures> activities = report.activities()
            .stream()
            .filter((activity) -> activity.mission().equals(mission.code()))
            .toList();
        return new MissionSection(mission, agencies, components, activities);
    }

    /** One mission (or component) of the report. */
    public record MissionSection(MissionFigures mission, List<NamedCount> agencies, List<MissionSection> components,
            List<ActivityFigures> activities) {

        public int womenPercent() {
            return Percent.wholePercent(this.mission.women(), this.mission.personnel());
        }

        /**
         * "Name (17), Other (2) and Last (1)", the way the published report names a
         * mission's agencies.
         */
        public String agencyList(String and) {
            List<String> parts = this.agencies.stream()
                .map((agency) -> agency.name() + " (" + agency.count().personnel() + ")")
                .toList();
            if (parts.size() <= 1) {
                return String.join("", parts);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " "
                    + parts.get(parts.size() - 1);
        }

    }

    /** An agency's count with the agency's name in the page's language. */
    public record NamedCount(String name, AgencyCount count) {
    }

}
