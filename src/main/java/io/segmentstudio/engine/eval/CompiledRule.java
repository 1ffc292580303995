package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Profile;
import java.util.function.Predicate;

/**
 * A rule compiled for one schema and one as-of instant: test as many profiles as needed without
 * re-reading the rule. Immutable and safe to share between threads.
 */
public final class CompiledRule implements Predicate<Profile> {
    private final Node root;

    CompiledRule(Node root) {
        this.root = root;
    }

    /** Whether the profile is a member of the segment. */
    @Override
    public boolean test(Profile profile) {
        return root.test(profile);
    }

    Node root() {
        return root;
    }
}
