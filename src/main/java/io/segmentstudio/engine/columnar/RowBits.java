package io.segmentstudio.engine.columnar;

import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * One bit per row and slot (a live segment), stored row by row: {@code stride} words per row, bit
 * {@code slot % 64} of word {@code slot / 64}. Reading or flipping the bits of one profile for a
 * hundred segments then touches one cache line instead of a hundred arrays (a cache miss each).
 * Rows beyond what it holds read as 0.
 */
final class RowBits {
    private long[] words = new long[0];
    private int stride = 1;

    /** Grows to hold the rows and the slot, keeping what it holds. */
    void fit(int rows, int slot) {
        int neededStride = Math.max(stride, (slot >>> 6) + 1);
        int neededRows = Math.max(rows, words.length / stride);
        if (neededStride == stride && (long) neededRows * stride <= words.length) {
            return;
        }
        int capacityRows = Math.max(neededRows, (words.length / stride) * 3 / 2 + 16);
        long[] grown = new long[Math.multiplyExact(capacityRows, neededStride)];
        int oldRows = words.length / stride;
        for (int row = 0; row < oldRows; row++) {
            System.arraycopy(words, row * stride, grown, row * neededStride, stride);
        }
        words = grown;
        stride = neededStride;
    }

    boolean get(int row, int slot) {
        int offset = row * stride + (slot >>> 6);
        return offset < words.length && (words[offset] & (1L << slot)) != 0;
    }

    void set(int row, int slot, boolean value) {
        fit(row + 1, slot);
        int offset = row * stride + (slot >>> 6);
        if (value) {
            words[offset] |= 1L << slot;
        } else {
            words[offset] &= ~(1L << slot);
        }
    }

    /** Word {@code index} (slots {@code 64·index} on) of a row; 0 beyond what it holds. */
    long word(int row, int index) {
        int offset = row * stride + index;
        return index < stride && offset < words.length ? words[offset] : 0L;
    }

    /** Replaces a slot's bits for rows {@code 0..rows-1} by scan words (bit r of the words is row r). */
    void column(int slot, int rows, long[] scanned) {
        fit(rows, slot);
        long bit = 1L << slot;
        int word = slot >>> 6;
        for (int row = 0, offset = word; row < rows; row++, offset += stride) {
            words[offset] = Words.get(scanned, row) ? words[offset] | bit : words[offset] & ~bit;
        }
    }

    /** Replaces a slot's bits by the rows of a bitmap, holding at least {@code rows} rows. */
    void column(int slot, int rows, RoaringBitmap members) {
        fit(Math.max(rows, members.isEmpty() ? 0 : members.last() + 1), slot);
        long bit = 1L << slot;
        int word = slot >>> 6;
        for (int offset = word; offset < words.length; offset += stride) {
            words[offset] &= ~bit;
        }
        members.forEach((int row) -> words[row * stride + word] |= bit);
    }

    /** The rows among {@code 0..rows-1} whose bit is set in the slot. */
    RoaringBitmap column(int slot, int rows) {
        RoaringBitmapWriter<RoaringBitmap> writer = RoaringBitmapWriter.writer().get();
        int word = slot >>> 6;
        long bit = 1L << slot;
        int held = word < stride ? Math.min(rows, words.length / stride) : 0;
        for (int row = 0; row < held; row++) {
            if ((words[row * stride + word] & bit) != 0) {
                writer.add(row);
            }
        }
        return writer.get();
    }
}
