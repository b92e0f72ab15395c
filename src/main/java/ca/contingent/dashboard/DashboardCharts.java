package ca.contingent.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import ca.contingent.dashboard.Chart.Row;
import ca.contingent.dashboard.Chart.Series;
import ca.contingent.dashboard.Chart.Unit;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.reporting.ReportBreakdowns;
import ca.contingent.reporting.ReportBreakdowns.Count;
import ca.contingent.reporting.ReportBreakdowns.TrainingCounts;
import ca.contingent.reporting.ReportBreakdowns.YearCounts;
import ca.contingent.results.Results;
import ca.contingent.shared.FiscalYear;
import ca.contingent.web.Language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The charts of the dashboards, one method each, in the order of the page. Adding a chart
 * is one method returning a {@link Chart} and one line in the constructor; the page, the
 * table and the CSV file follow from the chart.
 */
@Service
class DashboardCharts {

    private final ReportBreakdowns breakdowns;

    private final AnnualReports reports;

    private final MessageSource messages;

    private final int targetPercent;

    private final Results results;

    private final Map<String, BiFunction<DashboardFilter, Request, Chart>> charts = new LinkedHashMap<>();

    DashboardCharts(ReportBreakdowns breakdowns, AnnualReports reports, MessageSource messages, Results results,
            @Value("${contingent.wps.target-percent:30}") int targetPercent) {
        this.results = results;
        this.breakdowns = breakdowns;
        this.reports = reports;
        this.messages = messages;
        this.targetPercent = targetPercent;
        this.charts.put("people-by-year", this::peopleByYear);
        this.charts.put("people-by-mission", this::peopleByMission);
        this.charts.put("people-by-agency", this::peopleByAgency);
        this.charts.put("women-share", this::womenShare);
        this.charts.put("training-by-type", this::trainingByType);
        this.charts.put("trainees-by-sex", this::traineesBySex);
        this.charts.put("progress", this::progress);
    }

    /** Every chart for the filter, in the page's order. */
    List<Chart> all(DashboardFilter filter, Locale locale) {
        Request request = new Request(filter, locale);
        return this.charts.values().stream().map((chart) -> chart.apply(filter, request)).toList();
    }

    /** One chart, or empty when there is no chart of that name. */
    Optional<Chart> one(String id, DashboardFilter filter, Locale locale) {
        Request request = new Request(filter, locale);
        return Optional.ofNullable(this.charts.get(id)).map((chart) -> chart.apply(filter, request));
    }

    /**
     * What the charts of one request share: the language, and the counts of every year,
     * read once for the two charts that show them.
     */
    final class Request {

        final Locale locale;

        private final DashboardFilter filter;

        private List<YearCounts> years;

        Request(DashboardFilter filter, Locale locale) {
            this.filter = filter;
            this.locale = locale;
        }

        /** The counts of every year with data, oldest first. */
        List<YearCounts> years() {
            if (this.years == null) {
                List<FiscalYear> withData = new ArrayList<>(DashboardCharts.this.reports.yearsWithData());
                withData.sort(Comparator.naturalOrder());
                this.years = DashboardCharts.this.breakdowns.byYear(withData, this.filter.scope());
            }
            return this.years;
        }

    }

    /** People deployed in every year with data, oldest first. */
    Chart peopleByYear(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = request.years()
            .stream()
            .map((counts) -> new Row(counts.year().toString(),
                    List.of((long) counts.personnel(), (long) counts.women())))
            .toList();
        return new Chart("people-by-year", msg("dashboards.peopleByYear.title", locale), "bar",
                msg("dashboards.column.year", locale), msg("dashboards.axis.people", locale),
                List.of(bar(msg("dashboards.column.personnel", locale)), bar(msg("dashboards.column.women", locale))),
                rows, null);
    }

    /**
     * People deployed in the year per mission: the top-level ones, or the chosen mission
     * and its components.
     */
    Chart peopleByMission(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = this.breakdowns.byMission(filter.year(), filter.scope(), Language.of(locale))
            .stream()
            .map((count) -> new Row((count.parent() == null ? "" : "— ") + label(count),
                    List.of((long) count.personnel(), (long) count.women())))
            .toList();
        return new Chart("people-by-mission", msg("dashboards.peopleByMission.title", locale, filter.year()), "hbar",
                msg("dashboards.column.mission", locale), msg("dashboards.axis.people", locale),
                List.of(bar(msg("dashboards.column.personnel", locale)), bar(msg("dashboards.column.women", locale))),
                rows, msg("dashboards.peopleByMission.note", locale));
    }

    /** People deployed in the year per agency, most first. */
    Chart peopleByAgency(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = this.breakdowns.byAgency(filter.year(), filter.scope(), Language.of(locale))
            .stream()
            .map((count) -> new Row(label(count), List.of((long) count.personnel(), (long) count.women())))
            .toList();
        return new Chart("people-by-agency", msg("dashboards.peopleByAgency.title", locale, filter.year()), "hbar",
                msg("dashboards.column.agency", locale), msg("dashboards.axis.people", locale),
                List.of(bar(msg("dashboards.column.personnel", locale)), bar(msg("dashboards.column.women", locale))),
                rows, null);
    }

    /**
     * Women's share of the people deployed and of those in leadership, per year, against
     * the UN target.
     */
    Chart womenShare(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = new ArrayList<>();
        for (YearCounts counts : request.years()) {
            rows.add(new Row(counts.year().toString(),
                    List.of((long) counts.womenPercent(), (long) counts.womenInLeadershipPercent(),
                            (long) this.targetPercent, (long) counts.personnel(), (long) counts.women(),
                            (long) counts.leaders(), (long) counts.womenInLeadership())));
        }
        return new Chart("women-share", msg("dashboards.womenShare.title", locale), "line",
                msg("dashboards.column.year", locale), msg("dashboards.axis.share", locale),
                List.of(new Series(msg("dashboards.column.womenPercent", locale), Unit.PERCENT, "line", null),
                        new Series(msg("dashboards.column.womenInLeadershipPercent", locale), Unit.PERCENT, "line",
                                null),
                        new Series(msg("dashboards.column.target", locale, this.targetPercent), Unit.PERCENT, "target",
                                null),
                        table(msg("dashboards.column.personnel", locale)),
                        table(msg("dashboards.column.women", locale)), table(msg("dashboards.column.leaders", locale)),
                        table(msg("dashboards.column.womenInLeadership", locale))),
                rows, msg("dashboards.womenShare.note", locale, this.targetPercent));
    }

    /** Training sessions and trainees of the year per type. */
    Chart trainingByType(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = this.breakdowns.training(filter.year(), filter.scope())
            .stream()
            .map((training) -> new Row(training.type(),
                    values(training.sessions(), training.participants(), training.sessionsWithoutCount())))
            .toList();
        return new Chart("training-by-type", msg("dashboards.trainingByType.title", locale, filter.year()), "hbar",
                msg("dashboards.column.type", locale), msg("dashboards.axis.number", locale),
                List.of(bar(msg("dashboards.column.sessions", locale)), bar(msg("dashboards.column.trainees", locale)),
                        table(msg("dashboards.column.sessionsWithoutCount", locale))),
                rows, trainingNote(filter, locale));
    }

    /** Trainees of the year per type and sex, where the numbers were recorded. */
    Chart traineesBySex(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = new ArrayList<>();
        for (TrainingCounts training : this.breakdowns.training(filter.year(), filter.scope())) {
            rows.add(new Row(training.type(), values(training.women(), training.men(), training.sexNotRecorded())));
        }
        return new Chart("trainees-by-sex", msg("dashboards.traineesBySex.title", locale, filter.year()), "hbar",
                msg("dashboards.column.type", locale), msg("dashboards.axis.trainees", locale),
                List.of(new Series(msg("dashboards.column.women", locale), Unit.COUNT, "bar", "sex"),
                        new Series(msg("dashboards.column.men", locale), Unit.COUNT, "bar", "sex"),
                        new Series(msg("dashboards.column.sexNotRecorded", locale), Unit.COUNT, "bar", "sex")),
                rows, trainingNote(filter, locale));
    }

    /**
     * Progress against the targets of the year: the program's own and every mission's
     * without a mission filter, the mission's (its components rolled up) with one. The
     * figures are those of the results API, by construction.
     */
    Chart progress(DashboardFilter filter, Request request) {
        Locale locale = request.locale;
        List<Row> rows = this.results.forYear(filter.year(), filter.mission(), locale)
            .stream()
            .map((item) -> new Row(
                    item.indicator() + " " + item.indicatorName()
                            + (item.mission() == null ? "" : " (" + item.mission() + ")"),
                    values(item.progressPercent(), item.baseline(), item.target(), item.actual())))
            .toList();
        String note = msg("dashboards.progress.note", locale);
        if (filter.agency() != null) {
            note = note + " " + msg("dashboards.progress.noAgency", locale);
        }
        return new Chart("progress", msg("dashboards.progress.title", locale, filter.year()), "hbar",
                msg("dashboards.column.indicator", locale), msg("dashboards.axis.progress", locale),
                List.of(new Series(msg("dashboards.column.progress", locale), Unit.PERCENT, "bar", null),
                        table(msg("dashboards.column.baseline", locale)),
                        table(msg("dashboards.column.targetValue", locale)),
                        table(msg("dashboards.column.actual", locale))),
                rows, note);
    }

    private String trainingNote(DashboardFilter filter, Locale locale) {
        String recorded = msg("dashboards.training.note", locale);
        return filter.agency() == null ? recorded : recorded + " " + msg("dashboards.training.noAgency", locale);
    }

    private static Series bar(String heading) {
        return new Series(heading, Unit.COUNT, "bar", null);
    }

    private static Series table(String heading) {
        return new Series(heading, Unit.COUNT, "table", null);
    }

    private static String label(Count count) {
        return count.name() + " (" + count.code() + ")";
    }

    /** The values in order, keeping a null (not recorded) as null. */
    private static List<Number> values(Number... values) {
        return java.util.Arrays.asList(values);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return this.messages.getMessage(key, arguments, locale);
    }

}
