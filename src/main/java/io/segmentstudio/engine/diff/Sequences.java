package io.segmentstudio.engine.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sequence comparisons for the diff. */
final class Sequences {
    private Sequences() {
    }

    /**
     * The elements of a longest common subsequence of two lists of distinct elements. Ties go to the
     * elements that come first in {@code a}, so the result is the same every time.
     */
    static <T> Set<T> longestCommonSubsequence(List<T> a, List<T> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        Set<T> common = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
