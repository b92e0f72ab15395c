package ca.contingent.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.contingent.document.AnnualReportDocument.Activity;
import ca.contingent.document.AnnualReportDocument.Agency;
import ca.contingent.document.AnnualReportDocument.Highlight;
import ca.contingent.document.AnnualReportDocument.ResultLine;
import ca.contingent.document.AnnualReportDocument.Section;
import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReportPage;
import ca.contingent.reporting.AnnualReportPage.MissionSection;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.results.Highlights;
import ca.contingent.results.Results;
import ca.contingent.shared.FiscalYear;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds the document model from the annual report of the year: one call to
 * {@link AnnualReports#of}, arranged as the report page arranges it
 * ({@link AnnualReportPage}), so that the documents and the page cannot disagree.
 */
@Service
public class AnnualReportDocuments {

    private final AnnualReports reports;

    private final MessageSource messages;

    private final Results results;

    private final Highlights highlights;

    AnnualReportDocuments(AnnualReports reports, MessageSource messages, Results results, Highlights highlights) {
        this.reports = reports;
        this.messages = messages;
        this.results = results;
        this.highlights = highlights;
    }

    /**
     * The document of a fiscal year in English or French ({@code locale}'s language;
     * anything else is English).
     */
    public AnnualReportDocument build(FiscalYear year, Locale locale) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        Locale documentLocale = Locale.forLanguageTag(language);
        AnnualReport report = this.reports.of(year, language);
        AnnualReportPage page = AnnualReportPage.of(report, this.reports.agencyNames(language));
        String and = this.messages.getMessage("report.and", null, documentLocale);
        // Each mission's highlights of the year, in the document's language and in their
        // order.
        Map<String, List<Highlight>> highlights = new LinkedHashMap<>();
        this.highlights.forYear(year)
            .forEach((mission, list) -> highlights.put(mission, list.stream()
                .map((highlight) -> new Highlight(highlight.title(documentLocale), highlight.text(documentLocale)))
                .toList()));
        List<Section> sections = page.sections().stream().map((section) -> section(section, and, highlights)).toList();
        // Every target of the year, the program's and each mission's, as the results API
        // gives them.
        List<ResultLine> results = this.results.forYear(year, null, documentLocale)
            .stream()
            .map((item) -> new ResultLine(item.indicatorName(), item.mission(), item.unit().name(), item.baseline(),
                    item.target(), item.actual(), item.progressPercent()))
            .toList();
        return new AnnualReportDocument(year, documentLocale, report.from(), report.to(), report.totals(), sections,
                results);
    }

    private static Section section(MissionSection section, String and, Map<String, List<Highlight>> highlights) {
        AnnualReport.MissionFigures mission = section.mission();
        List<Agency> agencies = section.agencies()
            .stream()
            .map((agency) -> new Agency(agency.count().code(), agency.name(), agency.count().personnel()))
            .toList();
        List<Activity> activities = section.activities()
            .stream()
            .map((activity) -> new Activity(activity.category(), activity.type(), activity.sessions(),
                    activity.participants(), activity.participantsWomen()))
            .toList();
        List<Section> components = section.components()
            .stream()
            .map((component) -> section(component, and, highlights))
            .toList();
        return new Section(mission.code(), mission.name(), mission.parent(), mission.location(), mission.personnel(),
                mission.women(), section.womenPercent(), section.agencyList(and), agencies, activities,
                highlights.getOrDefault(mission.code(), List.of()), components);
    }

}
