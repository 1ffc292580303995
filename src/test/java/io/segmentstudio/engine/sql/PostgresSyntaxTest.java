package io.segmentstudio.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PostgreSQL's case-insensitive patterns run under ICU, where \d would be any Unicode digit; the
 * compiler spells it [0-9] as Java, RE2 and H2 read it, and leaves everything else alone.
 */
class PostgresSyntaxTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "\\d => [0-9]",
        "^\\d{2,}$ => ^[0-9]{2,}$",
        "\\D => [^0-9]",
        "[\\d.] => [0-9.]",
        "[^\\d] => [^0-9]",
        "[]\\d] => []0-9]",
        "[^]\\d]x\\d => [^]0-9]x[0-9]",
        "x\\\\d => x\\\\d",
        "\\\\\\d => \\\\[0-9]",
        "\\[\\d\\] => \\[[0-9]\\]",
        "[[:alpha:]\\d] => [[:alpha:]0-9]",
        "[a-h](\\d|z) => [a-h]([0-9]|z)",
        "de => de",
        "\"\" => \"\"",
        "trailing\\ => trailing\\"
    })
    void caseInsensitivePatternsSpellDigitsAsAscii(String pattern, String expected) {
        assertThat(PostgresSyntax.asciiDigits(pattern.strip())).isEqualTo(expected.strip());
    }
}
