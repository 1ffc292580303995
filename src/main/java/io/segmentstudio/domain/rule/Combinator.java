package io.segmentstudio.domain.rule;

/** How a group combines its children. */
public enum Combinator {
    AND, OR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
