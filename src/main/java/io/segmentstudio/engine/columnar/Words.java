package io.segmentstudio.engine.columnar;

import java.util.Arrays;

/** Row sets as plain bit words (bit {@code r % 64} of word {@code r / 64} is row r): the scan format. */
final class Words {
    private Words() {
    }

    static int count(int rows) {
        return (rows + 63) >>> 6;
    }

    /** Every row of {@code 0..rows-1}, and no bit beyond. */
    static long[] all(int rows) {
        long[] words = new long[count(rows)];
        Arrays.fill(words, -1L);
        int tail = rows & 63;
        if (tail != 0) {
            words[words.length - 1] = (1L << tail) - 1;
        }
        return words;
    }

    static boolean get(long[] words, int row) {
        return (words[row >>> 6] & (1L << row)) != 0;
    }

    static void set(long[] words, int row, boolean value) {
        if (value) {
            words[row >>> 6] |= 1L << row;
        } else {
            words[row >>> 6] &= ~(1L << row);
        }
    }

    static long cardinality(long[] words) {
        long n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }
}
