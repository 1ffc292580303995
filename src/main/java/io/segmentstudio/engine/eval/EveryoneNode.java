package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Profile;
import java.util.List;

/** A rule whose root has no enabled condition: it matches every profile (an empty builder shows everyone). */
final class EveryoneNode implements Node {
    private final String id;

    EveryoneNode(String id) {
        this.id = id;
    }

    @Override
    public boolean test(Profile profile) {
        return true;
    }

    @Override
    public Explanation explain(Profile profile) {
        return new Explanation(id, "no enabled condition", true, "", "matches every profile", true, List.of());
    }
}
