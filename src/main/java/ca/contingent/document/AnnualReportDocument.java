package ca.contingent.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ca.contingent.reporting.AnnualReport.Totals;
import ca.contingent.shared.FiscalYear;

/**
 * Everything the annual report documents show, in one language, in the order of the
 * published report: the totals, the year at a glance, each mission (a parent followed by
 * its components) with its agencies, highlights and activities, and the results against
 * targets. Built once per request by {@link AnnualReportDocuments}; the PDF, the HTML
 * page and the workbook only render it.
 * <p>
 * Results and highlights come from modules built after this one: until they are wired in,
 * {@code results} and each section's {@code highlights} are empty, and an empty part is
 * left out of every document (no empty heading).
 */
public record AnnualReportDocument(FiscalYear year, Locale locale, LocalDate from, LocalDate to, Totals totals,
        List<Section> sections, List<ResultLine> results) {

    /** The language of the document, {@code en} or {@code fr}. */
    public String language() {
        return this.locale.getLanguage();
    }

    /**
     * The sections and their components in reading order, for tables that list every
     * mission on its own row.
     */
    public List<Section> allSections() {
        return this.sections.stream()
            .flatMap((section) -> java.util.stream.Stream.concat(java.util.stream.Stream.of(section),
                    section.components().stream()))
            .toList();
    }

    /**
     * The largest head count of a top-level mission, the scale of the personnel chart.
     */
    public int largestMission() {
        return this.sections.stream().mapToInt(Section::personnel).max().orElse(0);
    }

    public boolean hasResults() {
        return !this.results.isEmpty();
    }

    /**
     * A mission or a component with at least one person counting.
     *
     * @param parent the parent's code for a component, otherwise null
     * @param agencyList the agencies and their counts as a sentence part, "RCMP (17),
     * Peel (2) and Regina (1)"
     */
    public record Section(String code, String name, String parent, String location, int personnel, int women,
            int womenPercent, String agencyList, List<Agency> agencies, List<Activity> activities,
            List<Highlight> highlights, List<Section> components) {

        public boolean hasHighlights() {
            return !this.highlights.isEmpty();
        }

    }

    /**
     * An agency's people in a mission, with the agency's name in the document's language.
     */
    public record Agency(String code, String name, int personnel) {
    }

    /**
     * Activities of one category and type summed over the year; {@code category} is the
     * code (TRAINING, …).
     */
    public record Activity(String category, String type, long sessions, long participants, long participantsWomen) {
    }

    /** One highlight of a mission for the year, in the document's language. */
    public record Highlight(String title, String text) {
    }

    /**
     * One indicator against its target for the year; {@code mission} is null for a
     * program-wide target, {@code unit} COUNT or PERCENT, and any figure may be null when
     * it is not known (no baseline, a zero denominator or target).
     */
    public record ResultLine(String indicator, String mission, String unit, BigDecimal baseline, BigDecimal target,
            BigDecimal actual, Integer progressPercent) {
    }

}
