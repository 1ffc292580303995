package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The distinct values of a dictionary-coded attribute with how many profiles hold each, most common
 * first: what a value picker suggests. One pass over the codes (about a millisecond per million
 * profiles), so it never blocks on a large column; lists count each element once per profile.
 */
public final class ValueCounts {
    /** A value as rules write it, and how many profiles have it. */
    public record ValueCount(Object value, long profiles) {
    }

    private ValueCounts() {
    }

    /**
     * Values of the attribute whose text contains {@code search} (case-insensitive; blank for all), at
     * most {@code limit} of them; empty for attributes that are not dictionary-coded (numbers, dates).
     */
    public static List<ValueCount> of(ProfileImage image, String attribute, String search, int limit) {
        if (!(image.attributes().column(attribute).orElse(null) instanceof CodedColumn column)) {
            return List.of();
        }
        long[] perCode = new long[column.dictionarySize()];
        int[] codes = column.codes();
        for (int row = 0; row < column.size(); row++) {
            perCode[codes[row]]++;
        }
        Map<Object, Long> counts = new HashMap<>();
        for (int code = 1; code < perCode.length; code++) {
            if (perCode[code] == 0) {
                continue;
            }
            Object entry = column.entry(code);
            if (column.type() == AttributeType.STRING_LIST) {
                for (Object element : new java.util.HashSet<>((List<?>) entry)) {
                    if (element != null) {
                        counts.merge(element, perCode[code], Long::sum);
                    }
                }
            } else {
                counts.merge(entry, perCode[code], Long::sum);
            }
        }
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<ValueCount> found = new ArrayList<>();
        counts.forEach((value, profiles) -> {
            if (needle.isEmpty() || String.valueOf(value).toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(new ValueCount(value, profiles));
            }
        });
        found.sort(Comparator.comparingLong(ValueCount::profiles).reversed()
                .thenComparing(count -> String.valueOf(count.value())));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }
}
