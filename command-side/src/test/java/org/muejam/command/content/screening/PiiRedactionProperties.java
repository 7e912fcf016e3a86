package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property 19: Automatic PII Redaction — in any text, every valid card number and SSN is replaced by asterisks
 * (a card keeps its last four digits), so the original digits are gone; the redacted text has the same length and
 * is otherwise unchanged; nothing is found to redact in it afterwards; card numbers failing the Luhn check are left
 * as they are.
 */
class PiiRedactionProperties {

    @Property
    void aValidCardIsMaskedButItsLastFour(
            @ForAll("prose") String before, @ForAll("validCard") String card, @ForAll("prose") String after) {
        String text = before + " " + card + " " + after;
        String redacted = PiiDetector.redact(text, Settings.defaults());

        String digits = PiiDetector.digits(card);
        String masked = card.substring(0, card.length() - 4).replaceAll("\\d", "*") + card.substring(card.length() - 4);
        assertThat(redacted).isEqualTo(before + " " + masked + " " + after);
        assertThat(PiiDetector.digits(redacted)).doesNotContain(digits);
        assertThat(PiiDetector.redact(redacted, Settings.defaults())).isEqualTo(redacted);
    }

    @Property
    void anSsnIsMaskedWholly(@ForAll("prose") String before, @ForAll("ssn") String ssn, @ForAll("prose") String after) {
        String redacted = PiiDetector.redact(before + " " + ssn + " " + after, Settings.defaults());
        assertThat(redacted).isEqualTo(before + " ***-**-**** " + after);
    }

    @Property
    void anInvalidCardIsLeftAsItIs(@ForAll("prose") String before, @ForAll("invalidCard") String card) {
        String text = before + " " + card;
        assertThat(PiiDetector.redact(text, Settings.defaults())).isEqualTo(text);
    }

    @Property
    void textWithoutPersonalDataIsUnchanged(@ForAll("prose") String text) {
        assertThat(PiiDetector.redact(text, Settings.defaults())).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> prose() {
        return new PiiDetectionProperties().prose();
    }

    @Provide
    Arbitrary<String> ssn() {
        return new PiiDetectionProperties().ssn();
    }

    @Provide
    Arbitrary<String> validCard() {
        return Combinators.combine(Cards.valid(), Arbitraries.integers().between(0, 2))
                .as(Cards::written);
    }

    @Provide
    Arbitrary<String> invalidCard() {
        return Combinators.combine(Cards.invalid(), Arbitraries.integers().between(0, 2))
                .as(Cards::written);
    }
}
