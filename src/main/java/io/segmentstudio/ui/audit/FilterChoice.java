package io.segmentstudio.ui.audit;

/**
 * One entry of a filter's drop-down: a value, or null for "any", with the words shown for it.
 *
 * @param <T> what is filtered by
 */
public record FilterChoice<T>(T value, String label) {
    public static <T> FilterChoice<T> any(String label) {
        return new FilterChoice<>(null, label);
    }

    /** What a combo box shows. */
    @Override
    public String toString() {
        return label;
    }
}
