package io.segmentstudio.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved profile with the outcome a segment must give it: a unit test of the segment's rule.
 *
 * @param asOf     the instant it is evaluated at, so that relative dates do not drift; null evaluates it as
 *                 of each run
 * @param profile  its values and events, as saved (a frozen copy never changes with the workspace)
 */
public record TestProfile(long id, String segment, String name, Profile profile, boolean expectMember,
                          Origin origin, Instant asOf, String createdBy, Instant createdAt) {
    /** Where the profile came from. */
    public enum Origin {
        /** Written by hand: key, values and events. */
        MANUAL,
        /** Copied from a workspace profile when the test was made. */
        FROZEN
    }

    public TestProfile {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(origin, "origin");
    }

    /** "member" or "not member". */
    public String expected() {
        return expectMember ? "member" : "not member";
    }
}
