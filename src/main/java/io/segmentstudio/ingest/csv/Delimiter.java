package io.segmentstudio.ingest.csv;

/** The field separators the CSV reader accepts. */
public enum Delimiter {
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t'),
    PIPE('|');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** How the delimiter is written in messages: the character in quotes, or "tab". */
    public String display() {
        return this == TAB ? "tab" : "'" + character + "'";
    }
}
