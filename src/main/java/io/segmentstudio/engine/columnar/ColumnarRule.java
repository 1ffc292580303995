package io.segmentstudio.engine.columnar;

import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * A rule compiled against an image as of one instant. Valid while the image holds the rows it was
 * compiled on; compile again after the image changes (compiling is cheap).
 */
public final class ColumnarRule {
    private final ProfileImage image;
    private final RowSet rows;

    ColumnarRule(ProfileImage image, RowSet rows) {
        this.image = image;
        this.rows = rows;
    }

    /** The rows of the member profiles. */
    public RoaringBitmap members() {
        return BitSetUtil.bitmapOf(rows.scan(image.size()));
    }

    /** How many profiles are members, without building their bitmap. */
    public long count() {
        return Words.cardinality(rows.scan(image.size()));
    }

    /** Whether the profile at a row is a member, tested on its own. */
    public boolean test(int row) {
        return rows.test(row);
    }
}
