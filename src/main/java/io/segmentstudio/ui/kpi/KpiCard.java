package io.segmentstudio.ui.kpi;

/**
 * One headline figure.
 *
 * @param value the formatted figure, or "—" when the workspace lacks the data for it
 * @param note  what the figure means, or why it is missing
 */
public record KpiCard(String title, String value, String note) {
}
