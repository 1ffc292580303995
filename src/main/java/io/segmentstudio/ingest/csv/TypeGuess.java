package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.AttributeType;

/**
 * Infers one column's type from all its cells: each non-blank cell rules out the types it does not fit,
 * and the column gets the most specific type left (boolean, integer, decimal, date), else string. Blank
 * cells do not vote, so a mostly numeric column with a few " " cells stays numeric; a column with no
 * value at all is a string.
 */
final class TypeGuess {
    private boolean bool = true;
    private boolean integer = true;
    private boolean decimal = true;
    private boolean date = true;
    private boolean anyValue;

    void vote(String cell) {
        if (Cells.isMissing(cell)) {
            return;
        }
        anyValue = true;
        if (!(bool || integer || decimal || date)) {
            return;
        }
        String text = cell.strip();
        bool = bool && Cells.looksLikeBoolean(text);
        integer = integer && Cells.looksLikeInteger(text);
        decimal = decimal && Cells.looksLikeDecimal(text);
        date = date && Cells.looksLikeDate(text);
    }

    AttributeType type() {
        if (!anyValue) {
            return AttributeType.STRING;
        }
        if (bool) {
            return AttributeType.BOOLEAN;
        }
        if (integer) {
            return AttributeType.INTEGER;
        }
        if (decimal) {
            return AttributeType.DECIMAL;
        }
        return date ? AttributeType.DATE : AttributeType.STRING;
    }
}
