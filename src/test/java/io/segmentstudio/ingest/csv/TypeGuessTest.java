package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeGuessTest {
    private static AttributeType guess(String... cells) {
        TypeGuess guess = new TypeGuess();
        for (String cell : cells) {
            guess.vote(cell);
        }
        return guess.type();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 2 -3 +4 9223372036854775807       | INTEGER
            0 1 1 0                             | INTEGER
            29.85 1889.5 -0.5 .5 3 0.0          | DECIMAL
            92233720368547758070                | DECIMAL
            2024-01-31 1999-12-01               | DATE
            Yes No yes NO                       | BOOLEAN
            t F y N TRUE false                  | BOOLEAN
            1,889.5                             | STRING
            1889,5                              | STRING
            1e5                                 | STRING
            00001 00002                         | STRING
            007.5                               | STRING
            31/01/2024                          | STRING
            Yes No maybe                        | STRING
            1 yes                               | STRING
            """)
    void infersTheMostSpecificTypeEveryValueFits(String cells, AttributeType expected) {
        assertThat(guess(cells.split(" "))).isEqualTo(expected);
    }

    @Test
    void blankCellsDoNotVote() {
        assertThat(guess("29.85", " ", "", "1889.50", "   ")).isEqualTo(AttributeType.DECIMAL);
        assertThat(guess("Yes", "", "No")).isEqualTo(AttributeType.BOOLEAN);
    }

    @Test
    void aColumnWithoutAnyValueIsText() {
        assertThat(guess()).isEqualTo(AttributeType.STRING);
        assertThat(guess(" ", "")).isEqualTo(AttributeType.STRING);
    }

    @Test
    void anImpossibleDateStillVotesForDateSoItsRowCanBeRejectedWithAReason() {
        assertThat(guess("2024-02-28", "2024-02-30")).isEqualTo(AttributeType.DATE);
    }

    @Test
    void cellsAreTrimmedBeforeTheyVote() {
        assertThat(guess(" 42 ", "7")).isEqualTo(AttributeType.INTEGER);
    }
}
