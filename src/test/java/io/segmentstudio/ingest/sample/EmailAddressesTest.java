package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {
    @Test
    void foldsNamesToLowerCaseAsciiLetters() {
        assertThat(EmailAddresses.ascii("Jørgensen")).isEqualTo("jorgensen");
        assertThat(EmailAddresses.ascii("Müller")).isEqualTo("muller");
        assertThat(EmailAddresses.ascii("Schröder")).isEqualTo("schroder");
        assertThat(EmailAddresses.ascii("Émilie")).isEqualTo("emilie");
        assertThat(EmailAddresses.ascii("De Luca")).isEqualTo("deluca");
        assertThat(EmailAddresses.ascii("van der Meer")).isEqualTo("vandermeer");
    }

    @Test
    void everyStyleDerivesTheAddressFromTheName() {
        for (int style = 0; style < EmailAddresses.STYLES; style++) {
            String address = EmailAddresses.preferred("Léa", "Dubois", "orange.example", style, 7);
            assertThat(address).matches("[a-z0-9._]+@orange\\.example").contains("dubois");
        }
        assertThat(EmailAddresses.preferred("Léa", "Dubois", "orange.example", 4, 7))
                .isEqualTo("lea.dubois07@orange.example");
    }

    @Test
    void claimsAreUniqueAndDeterministic() {
        EmailAddresses emails = new EmailAddresses();
        assertThat(emails.claim("anna.weber@gmx.example")).isEqualTo("anna.weber@gmx.example");
        assertThat(emails.claim("anna.weber@gmx.example")).isEqualTo("anna.weber2@gmx.example");
        assertThat(emails.claim("anna.weber@gmx.example")).isEqualTo("anna.weber3@gmx.example");
        assertThat(emails.claim("annaweber12@gmx.example")).isEqualTo("annaweber12@gmx.example");
        assertThat(emails.claim("annaweber12@gmx.example")).isEqualTo("annaweber12_2@gmx.example");
    }
}
