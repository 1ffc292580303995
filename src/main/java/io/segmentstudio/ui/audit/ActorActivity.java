package io.segmentstudio.ui.audit;

/**
 * How much one person did among the shown entries.
 *
 * @param share their entries relative to the busiest person's, 0..1, for a bar
 */
public record ActorActivity(String actor, int entries, double share) {
}
