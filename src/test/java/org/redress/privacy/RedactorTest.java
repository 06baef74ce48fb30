package org.redress.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.privacy.Redactor.Finding;
import org.redress.privacy.Redactor.Kind;

class RedactorTest {

    private static final List<String> NAMES = List.of("Mrs Ada Lovelace", "Charles Babbage");

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            // postcodes: every shape, with and without the space, any case, and the Girobank one
            "Lives at SW1A 1AA now|POSTCODE|SW1A 1AA",
            "Office EC1A 1BB.|POSTCODE|EC1A 1BB",
            "W1A 0AX|POSTCODE|W1A 0AX",
            "in M1 1AE|POSTCODE|M1 1AE",
            "B33 8TH, Birmingham|POSTCODE|B33 8TH",
            "CR2 6XH|POSTCODE|CR2 6XH",
            "(DN55 1PT)|POSTCODE|DN55 1PT",
            "GIR 0AA|POSTCODE|GIR 0AA",
            "post to gir0aa please|POSTCODE|gir0aa",
            "sw1a1aa|POSTCODE|sw1a1aa",
            "me18 4pr|POSTCODE|me18 4pr",
            // phone numbers as people write them
            "Call 01632 960 001 today|PHONE|01632 960 001",
            "ring 020 7946 0958|PHONE|020 7946 0958",
            "mobile 07700 900123|PHONE|07700 900123",
            "mobile 07700900123.|PHONE|07700900123",
            "on +44 7700 900123|PHONE|+44 7700 900123",
            "on +447700900123|PHONE|+447700900123",
            "tel +44 (0)20 7946 0958|PHONE|+44 (0)20 7946 0958",
            "tel (01632) 960001|PHONE|(01632) 960001",
            "fax 0161-496-0000|PHONE|0161-496-0000",
            "free on 0800 123 4567|PHONE|0800 123 4567",
            "tel 016977 2345|PHONE|016977 2345",
            // email addresses
            "write to jo.bloggs@example.com.|EMAIL|jo.bloggs@example.com",
            "o'neil@example.co.uk|EMAIL|o'neil@example.co.uk",
            "<first+tag@sub.example.org>|EMAIL|first+tag@sub.example.org",
            // National Insurance numbers
            "NI AB 12 34 56 C|NI_NUMBER|AB 12 34 56 C",
            "NI AB123456C.|NI_NUMBER|AB123456C",
            "ni ce123456d|NI_NUMBER|ce123456d",
            // NHS numbers with a valid check digit
            "NHS number 943 476 5919|NHS_NUMBER|943 476 5919",
            "NHS 9434765919|NHS_NUMBER|9434765919",
            "NHS 401-023-2137|NHS_NUMBER|401-023-2137",
            // dates of birth (only dates said to be one)
            "born on 29/02/1984 in Leeds|DATE_OF_BIRTH|29/02/1984",
            "DOB: 3 March 1950|DATE_OF_BIRTH|3 March 1950",
            "her date of birth is 12th April 1961|DATE_OF_BIRTH|12th April 1961",
            "D.O.B. 01-02-03|DATE_OF_BIRTH|01-02-03",
            "born Sept 5, 1970|DATE_OF_BIRTH|Sept 5, 1970",
            // the people on the case: whole names and their parts, not their titles
            "Dear Mrs Ada Lovelace,|NAME|Mrs Ada Lovelace",
            "we spoke to Ms LOVELACE|NAME|LOVELACE",
            "Mr Babbage's letter|NAME|Babbage",
    })
    void findsPersonalDetails(String text, Kind kind, String found) {
        List<Finding> findings = Redactor.find(text, NAMES);

        assertThat(findings).extracting(Finding::kind, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kind, found));
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "We responded on 3 March 2021 and apologised.",
            "Reference FB0001234, stage 2",
            "QX1 1AA is not a postcode",
            "V1 1AA neither",
            "12345 678901 is not a UK phone number",
            "call 0123 now",
            "GB123456A is not an NI number",
            "AB123456E neither",
            "DA123456A neither",
            "NHS 943 476 5918 fails its check digit",
            "email at example dot com",
            "Adam and Babbageworth are not the people on the case",
            "Mrs and Lady are titles",
    })
    void findsNothingWhereThereIsNothingPersonal(String text) {
        assertThat(Redactor.find(text, NAMES)).isEmpty();
    }

    @Test
    void replacesOnlyTheChosenFindings() {
        String text = "Call Ada on 01632 960 001 or email ada@example.com";
        List<Finding> findings = Redactor.find(text, NAMES);
        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.NAME, Kind.PHONE, Kind.EMAIL);

        assertThat(Redactor.redact(text, findings, Set.of(0, 1, 2)))
                .isEqualTo("Call [REDACTED] on [REDACTED] or email [REDACTED]");
        assertThat(Redactor.redact(text, findings, Set.of(1)))
                .isEqualTo("Call Ada on [REDACTED] or email ada@example.com");
        assertThat(Redactor.redact(text, findings, Set.of())).isEqualTo(text);
    }

    @Test
    void aNameInsideAnEmailAddressIsPartOfTheAddress() {
        List<Finding> findings = Redactor.find("write to lovelace@example.com", NAMES);

        assertThat(findings).extracting(Finding::kind, Finding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.EMAIL, "lovelace@example.com"));
    }
}
