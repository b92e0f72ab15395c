package ca.contingent.dashboard;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the dashboards as a user does: a chart's table in the page, and its CSV file.
 */
final class DashboardPages {

    private final MockMvcTester mvc;

    private final RequestPostProcessor user;

    DashboardPages(MockMvcTester mvc, RequestPostProcessor user) {
        this.mvc = mvc;
        this.user = user;
    }

    /**
     * A chart's figures: the headings (the first names the labels), then one line per
     * label.
     */
    record Figures(List<String> headings, List<Line> lines) {

        Line line(String label) {
            return this.lines.stream()
                .filter((line) -> line.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label + " in " + this.lines));
        }

        /**
         * The value of a column (by heading) on a line; null when empty (not recorded).
         */
        Long value(String label, int column) {
            String value = line(label).values().get(column);
            return value.isEmpty() ? null : Long.valueOf(value);
        }

    }

    /**
     * A label and the raw values of its line, in the order of the headings after the
     * first.
     */
    record Line(String label, List<String> values) {
    }

    String page(String query) {
        MvcTestResult result = this.mvc.get().uri("/dashboards?" + query).with(this.user).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    Figures csv(String chart, String query) {
        MvcTestResult result = this.mvc.get().uri("/dashboards/" + chart + ".csv?" + query).with(this.user).exchange();
        assertThat(result).hasStatusOk();
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            List<CSVRecord> records = parser.getRecords();
            List<String> headings = records.get(0).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = record.toList();
                lines.add(new Line(cells.get(0), List.copyOf(cells.subList(1, cells.size()))));
            }
            return new Figures(headings, lines);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The table of a chart in a page: headings, row labels and each cell's
     * {@code data-value}.
     */
    static Figures table(String page, String chart) {
        Matcher table = Pattern
            .compile("<table class=\"data\" id=\"" + chart + "-table\">(.*?)</table>", Pattern.DOTALL)
            .matcher(page);
        assertThat(table.find()).as("the table of " + chart).isTrue();
        String html = table.group(1);
        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>", Pattern.DOTALL).matcher(html);
        while (heading.find()) {
            headings.add(HtmlUtils.htmlUnescape(heading.group(1)));
        }
        List<Line> lines = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            List<String> values = new ArrayList<>();
            // A figure not recorded has no data-value: an empty cell, as in the CSV file.
            Matcher cell = Pattern.compile("<td([^>]*)>", Pattern.DOTALL).matcher(row.group(2));
            while (cell.find()) {
                Matcher value = Pattern.compile("data-value=\"([^\"]*)\"").matcher(cell.group(1));
                values.add(value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
            }
            lines.add(new Line(HtmlUtils.htmlUnescape(row.group(1)), values));
        }
        return new Figures(headings, lines);
    }

    /** The text of each cell of a chart's table, row by row (what a reader sees). */
    static List<List<String>> cellTexts(String page, String chart) {
        Matcher table = Pattern
            .compile("<table class=\"data\" id=\"" + chart + "-table\">(.*?)</table>", Pattern.DOTALL)
            .matcher(page);
        assertThat(table.find()).isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">.*?</th>(.*?)</tr>", Pattern.DOTALL)
            .matcher(table.group(1));
        while (row.find()) {
            List<String> texts = new ArrayList<>();
            Matcher cell = Pattern.compile("<td [^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                texts.add(HtmlUtils.htmlUnescape(cell.group(1)));
            }
            rows.add(texts);
        }
        return rows;
    }

}
