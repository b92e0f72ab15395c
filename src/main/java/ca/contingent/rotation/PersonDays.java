package ca.contingent.rotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import ca.contingent.shared.FiscalYear;

/**
 * Person-days and full-time equivalents of one fiscal year: days of deployed or completed
 * deployments inside the year (both ends inclusive), and those days divided by the days
 * of the year. Aggregates only: no row names anyone.
 */
public record PersonDays(String fiscalYear, LocalDate from, LocalDate to, long daysInYear, Figure total,
        List<Share> byTerm, List<MissionShare> byMission, List<Share> byAgency, Headcount headcount) {

    /** Person-days and their FTE. */
    public record Figure(long personDays, BigDecimal fte) {

        static Figure of(long personDays, long daysInYear) {
            return new Figure(personDays,
                    BigDecimal.valueOf(personDays).divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP));
        }

    }

    public record Share(String code, String name, Figure figure) {
    }

    /**
     * A top-level mission with its components' own figures; the mission's figure includes
     * them.
     */
    public record MissionShare(String code, String name, Figure figure, List<Share> components) {
    }

    /**
     * People deployed on one day, and the police officers among them against the
     * program-wide cap (a cap of police officers: civilian experts do not count toward
     * it).
     */
    public record Headcount(LocalDate day, long people, long police, int cap, boolean overCap) {
    }

    /**
     * The days of one deployment that fall inside the fiscal year; 0 when it lies wholly
     * outside.
     */
    public static long daysWithin(FiscalYear year, LocalDate start, LocalDate end) {
        LocalDate from = start.isAfter(year.from()) ? start : year.from();
        LocalDate to = end.isBefore(year.to()) ? end : year.to();
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    public static long daysIn(FiscalYear year) {
        return ChronoUnit.DAYS.between(year.from(), year.to()) + 1;
    }

}
