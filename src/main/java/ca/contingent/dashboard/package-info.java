/**
 * Dashboards: the annual report's figures as charts over the years, missions, agencies
 * and training, each chart with its data as a table and as a CSV file. Every figure comes
 * from {@code reporting} ({@code ReportBreakdowns}, whose statements are the annual
 * report's own, narrowed) or, for progress against targets, from {@code results}; this
 * module counts nothing itself.
 * <p>
 * A chart is one method of {@link ca.contingent.dashboard.DashboardCharts} returning a
 * {@link ca.contingent.dashboard.Chart} (labels, series, rows), registered by name in its
 * constructor. The page draws every chart through the fragment
 * {@code templates/dashboard/chart.html} (canvas, table, CSV link) and
 * {@code /dashboards/{name}.csv} serves its rows, so a new chart needs nothing else
 * unless it wants another drawing (then a fragment of its own). Progress against targets
 * comes that way from
 * {@code ca.contingent.results.Results#forYear(year, mission, locale)}: one row per
 * target, its progress as a plotted {@code PERCENT} series, baseline, target and actual
 * as table columns.
 */
package ca.contingent.dashboard;
