package ca.contingent.reporting;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.shared.FiscalYear;

/**
 * The annual report's figures for one fiscal year, in the shape of {@code GET
 * /api/v1/reports/annual/{fiscalYear}}.
 */
public record AnnualReport(String fiscalYear, LocalDate from, LocalDate to, Totals totals,
        List<MissionFigures> missions, List<ActivityFigures> activities) {

    static AnnualReport of(FiscalYear year, Totals totals, List<MissionFigures> missions,
            List<ActivityFigures> activities) {
        return new AnnualReport(year.toString(), year.from(), year.to(), totals, missions, activities);
    }

    /** The year's totals. */
    public record Totals(int personnel, int women, int womenPercent, int missions, int contributingAgencies,
            int partnerAgencies, int newPartnerAgencies, int womenInLeadership) {
    }

    /**
     * A mission or component with at least one person counting; a parent counts its own
     * and its components' people, each person once.
     */
    public record MissionFigures(String code, String name, String parent, String location, int personnel, int women,
            List<AgencyCount> agencies) {
    }

    /** How many of a mission's people an agency contributed. */
    public record AgencyCount(String code, int personnel) {
    }

    /** Activities of the year summed per mission, category and type. */
    public record ActivityFigures(String mission, String category, String type, long sessions, long participants,
            long participantsWomen) {
    }

}
