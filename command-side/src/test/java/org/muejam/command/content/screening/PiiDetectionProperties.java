package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.muejam.shared.content.filters.PiiType;

/**
 * Property 18: PII Detection — an email address, a phone number, a US social security number or a payment card
 * number anywhere in ordinary text is reported by its kind; a card number that fails the Luhn check, or an SSN
 * that is never issued, is not; and what is reported is a set of kinds, which can hold no value.
 */
class PiiDetectionProperties {

    @Property
    void anEmailAddressIsReported(
            @ForAll("prose") String before, @ForAll("email") String email, @ForAll("prose") String after) {
        assertThat(PiiDetector.detect(before + " " + email + " " + after, Settings.defaults()))
                .containsExactly(PiiType.EMAIL);
    }

    @Property
    void aPhoneNumberIsReported(
            @ForAll("prose") String before, @ForAll("phone") String phone, @ForAll("prose") String after) {
        assertThat(PiiDetector.detect(before + " " + phone + " " + after, Settings.defaults()))
                .containsExactly(PiiType.PHONE);
    }

    @Property
    void anSsnIsReported(@ForAll("prose") String before, @ForAll("ssn") String ssn, @ForAll("prose") String after) {
        assertThat(PiiDetector.detect(before + " " + ssn + " " + after, Settings.defaults()))
                .containsExactly(PiiType.SSN);
    }

    @Property
    void aValidCardNumberIsReported(
            @ForAll("prose") String before, @ForAll("validCard") String card, @ForAll("prose") String after) {
        assertThat(PiiDetector.detect(before + " " + card + ". " + after, Settings.defaults()))
                .containsExactly(PiiType.CREDIT_CARD);
    }

    @Property
    void aCardNumberFailingTheLuhnCheckIsNotReported(
            @ForAll("prose") String before, @ForAll("invalidCard") String card) {
        Set<PiiType> found = PiiDetector.detect(before + " " + card, Settings.defaults());
        assertThat(found).doesNotContain(PiiType.CREDIT_CARD);
    }

    @Property
    void ordinaryTextReportsNothing(@ForAll("prose") String text) {
        assertThat(PiiDetector.detect(text, Settings.defaults())).isEmpty();
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(
                        "the", "night", "train", "left", "at", "eleven", "chapter", "7", "of", "12", "in", "30", "she",
                        "wrote", "page", "year")
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<String> email() {
        Arbitrary<String> local = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('.', '_', '+')
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> domain =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(15);
        return Combinators.combine(local, domain, Arbitraries.of("com", "org", "example", "co.uk"))
                .as((l, d, tld) -> l + "@" + d + "." + tld);
    }

    @Provide
    Arbitrary<String> phone() {
        Arbitrary<String> three = Arbitraries.strings().numeric().ofLength(3).filter(s -> s.charAt(0) != '0');
        Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
        return Combinators.combine(three, three, four, Arbitraries.integers().between(0, 3))
                .as((a, b, c, style) -> switch (style) {
                    case 0 -> "(" + a + ") " + b + "-" + c;
                    case 1 -> a + "-" + b + "-" + c;
                    case 2 -> "+1 " + a + " " + b + " " + c;
                    default -> a + "." + b + "." + c;
                });
    }

    @Provide
    Arbitrary<String> ssn() {
        Arbitrary<Integer> area = Arbitraries.integers().between(1, 899).filter(a -> a != 666);
        return Combinators.combine(
                        area,
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(1, 9999))
                .as((a, g, s) -> "%03d-%02d-%04d".formatted(a, g, s));
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
