package io.segmentstudio.ui.builder;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/** Fresh node ids ("n7") that no node of the rule has and that this source has not handed out. */
final class IdSource implements Supplier<String> {
    private final Set<String> taken;
    private int next;

    IdSource(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    @Override
    public String get() {
        String id;
        do {
            id = "n" + ++next;
        } while (!taken.add(id));
        return id;
    }
}
