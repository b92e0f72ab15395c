package ca.contingent.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.contingent.dashboard.Chart.Row;
import ca.contingent.dashboard.Chart.Series;
import ca.contingent.dashboard.Chart.Unit;
import tools.jackson.databind.ObjectMapper;

/**
 * A chart as the page shows it: the cells of its table formatted for the reader's
 * language, a text summary for those who cannot see the canvas, the data set for Chart.js
 * as JSON, and the address of its CSV file.
 *
 * @param chart the chart
 * @param csv the address of the chart's CSV file, with the page's filters
 * @param summary a sentence naming the chart and its first figures: the canvas's
 * accessible description
 * @param cells the table's cells, row by row, in the order of the chart's series
 * @param json the data for {@code dashboards.js}, safe inside a
 * {@code <script type="application/json">} element
 */
record ChartView(Chart chart, String csv, String summary, List<List<Cell>> cells, String json) {

    /** The page shows this many figures in a summary before it refers to the table. */
    private static final int SUMMARY_FIGURES = 12;

    /**
     * A table cell: the figure as the reader reads it, and as the CSV file and the chart
     * have it.
     */
    record Cell(String text, String value) {
    }

    static ChartView of(Chart chart, DashboardFilter filter, Locale locale, String notRecorded, String summaryIntro,
            ObjectMapper json) {
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : chart.rows()) {
            List<Cell> line = new ArrayList<>();
            for (int i = 0; i < chart.series().size(); i++) {
                line.add(cell(chart.series().get(i), row, i, locale, notRecorded));
            }
            cells.add(line);
        }
        String csv = "/dashboards/" + chart.id() + ".csv?" + filter.query();
        return new ChartView(chart, csv, summary(chart, locale, notRecorded, summaryIntro), cells,
                json(chart, locale, json));
    }

    private static Cell cell(Series series, Row row, int column, Locale locale, String notRecorded) {
        Number value = row.values().get(column);
        if (value == null) {
            return new Cell(notRecorded, "");
        }
        return new Cell(format(series.unit(), value, locale), row.plain(column));
    }

    /**
     * In the reader's language: {@code 39%} or {@code 39 %}, {@code 1,234} or
     * {@code 1 234}; at most one decimal.
     */
    static String format(Unit unit, Number value, Locale locale) {
        NumberFormat format = unit == Unit.PERCENT ? NumberFormat.getPercentInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(unit == Unit.PERCENT ? value.doubleValue() / 100 : value.doubleValue());
    }

    /** "Title. 2023-24: 120; 2024-25: 151." over the first plotted series. */
    private static String summary(Chart chart, Locale locale, String notRecorded, String intro) {
        int first = chart.series().indexOf(chart.series().stream().filter(Series::plotted).findFirst().orElseThrow());
        Series series = chart.series().get(first);
        List<String> figures = chart.rows()
            .stream()
            .limit(SUMMARY_FIGURES)
            .map((row) -> row.label() + ": "
                    + (row.values().get(first) == null ? notRecorded
                            : format(series.unit(), row.values().get(first), locale)))
            .toList();
        String more = chart.rows().size() > SUMMARY_FIGURES ? "; …" : "";
        return chart.title() + ". " + intro + " " + series.heading() + ": " + String.join("; ", figures) + more + ".";
    }

    private static String json(Chart chart, Locale locale, ObjectMapper json) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", chart.id());
        data.put("kind", chart.kind());
        data.put("title", chart.title());
        data.put("locale", locale.toLanguageTag());
        data.put("categoryAxis", chart.labelHeading());
        data.put("valueAxis", chart.valueAxis());
        data.put("percent", chart.percentAxis());
        data.put("labels", chart.rows().stream().map(Row::label).toList());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < chart.series().size(); i++) {
            Series series = chart.series().get(i);
            if (!series.plotted()) {
                continue;
            }
            int column = i;
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", series.heading());
            dataset.put("style", series.style());
            dataset.put("stack", series.stack());
            dataset.put("unit", series.unit().name());
            dataset.put("data", chart.rows().stream().map((row) -> row.values().get(column)).toList());
            datasets.add(dataset);
        }
        data.put("datasets", datasets);
        // Inside a script element only "</script" could end it early; escaping <, > and &
        // (valid in JSON strings,
        // the only place they can occur) leaves nothing a name in the records could use
        // to break out.
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

}
