package io.segmentstudio.domain;

/**
 * Fill statistics of one attribute over all profiles.
 *
 * @param filled   profiles with a value
 * @param distinct distinct values among them
 */
public record AttributeStats(Attribute attribute, long filled, long distinct, long profiles) {
    /** Share of profiles that have a value, 0..1; 0 for an empty workspace. */
    public double fillRate() {
        return profiles == 0 ? 0 : (double) filled / profiles;
    }
}
