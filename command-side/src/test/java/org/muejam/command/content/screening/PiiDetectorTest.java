package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.filters.PiiType;
import org.muejam.shared.content.filters.Sensitivity;

class PiiDetectorTest {

    @Test
    void eachKindIsRecognised() {
        assertThat(PiiDetector.detect("write to ann.lee+books@mail.example.com", Settings.defaults()))
                .containsExactly(PiiType.EMAIL);
        assertThat(PiiDetector.detect("call (555) 123-4567 or +44 20 7946 0958", Settings.defaults()))
                .containsExactly(PiiType.PHONE);
        assertThat(PiiDetector.detect("my SSN is 123-45-6789", Settings.defaults()))
                .containsExactly(PiiType.SSN);
        assertThat(PiiDetector.detect("card 4111 1111 1111 1111 exp 12/29", Settings.defaults()))
                .containsExactly(PiiType.CREDIT_CARD);
    }

    @Test
    void numbersThatFailTheirChecksAreNotReported() {
        assertThat(PiiDetector.detect("card 4111 1111 1111 1112", Settings.defaults()))
                .isEmpty();
        assertThat(PiiDetector.detect("000-12-3456 and 666-12-3456 and 912-12-3456", Settings.defaults()))
                .isEmpty();
        assertThat(PiiDetector.detect("chapter 12, page 345, year 2024", Settings.defaults()))
                .isEmpty();
    }

    @Test
    void redactionMasksSsnsWhollyAndCardsButTheirLastFour() {
        String redacted =
                PiiDetector.redact("ssn 123-45-6789, card 4111-1111-1111-1111, mail a@b.example", Settings.defaults());
        assertThat(redacted).isEqualTo("ssn ***-**-****, card ****-****-****-1111, mail a@b.example");
    }

    @Test
    void sensitivityChoosesWhatCounts() {
        String text = "call 555-123-4567, ssn 123 45 6789";
        assertThat(PiiDetector.detect(text, Settings.all(Sensitivity.LOW))).isEmpty();
        assertThat(PiiDetector.detect(text, Settings.all(Sensitivity.MEDIUM))).containsExactly(PiiType.PHONE);
        assertThat(PiiDetector.detect(text, Settings.all(Sensitivity.HIGH)))
                .containsExactlyInAnyOrder(PiiType.PHONE, PiiType.SSN);
        assertThat(PiiDetector.detect(text, Settings.all(Sensitivity.OFF))).isEmpty();
    }

    @Test
    void allowListedValuesAreNeitherReportedNorRedacted() {
        var settings = Settings.piiAllowList(List.of("Support@MueJam.example", "4111 1111 1111 1111"));
        String text = "write to support@muejam.example with 4111111111111111";
        assertThat(PiiDetector.detect(text, settings)).isEmpty();
        assertThat(PiiDetector.redact(text, settings)).isEqualTo(text);
    }

    @Test
    void contactDetailsAreFlaggedAtHighSensitivityOnlyByKind() {
        PiiFilter filter = new PiiFilter();
        assertThat(filter.apply("mail me at a@b.example", Settings.defaults())).isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply("mail me at a@b.example", Settings.all(Sensitivity.HIGH)))
                .isInstanceOfSatisfying(FilterOutcome.Flag.class, flag -> {
                    assertThat(flag.finding().detail()).contains("EMAIL").doesNotContain("a@b.example");
                });
    }

    @Test
    void cardNumbersHaveThirteenToNineteenDigits() {
        assertThat(PiiDetector.luhn("0".repeat(12))).isFalse();
        assertThat(PiiDetector.luhn("0".repeat(13))).isTrue();
        assertThat(PiiDetector.luhn("0".repeat(19))).isTrue();
        assertThat(PiiDetector.luhn("0".repeat(20))).isFalse();
        assertThat(PiiDetector.luhn("4222222222222")).isTrue();
        assertThat(PiiDetector.luhn("4222222222223")).isFalse();
    }

    @Test
    void ssnAreasFrom900AreNeverIssued() {
        assertThat(PiiDetector.detect("ssn 899-12-3456", Settings.defaults())).containsExactly(PiiType.SSN);
        assertThat(PiiDetector.detect("ssn 900-12-3456", Settings.defaults())).isEmpty();
    }

    @Test
    void piecesThatTouchWithoutOverlappingAreEachReported() {
        String text = "a@b.example4111111111111111";
        assertThat(PiiDetector.detect(text, Settings.defaults()))
                .containsExactlyInAnyOrder(PiiType.EMAIL, PiiType.CREDIT_CARD);
        assertThat(PiiDetector.redact(text, Settings.defaults())).isEqualTo("a@b.example************1111");
    }

    @Test
    void onlyContactDetailsAreFlagged() {
        PiiFilter filter = new PiiFilter();
        assertThat(filter.apply("ssn 123-45-6789, card 4111 1111 1111 1111", Settings.all(Sensitivity.HIGH)))
                .isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply("nothing personal here", Settings.all(Sensitivity.HIGH)))
                .isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply("ssn 123-45-6789, call +44 20 7946 0958", Settings.all(Sensitivity.HIGH)))
                .isInstanceOfSatisfying(
                        FilterOutcome.Flag.class,
                        flag -> assertThat(flag.finding().detail())
                                .contains("PHONE")
                                .doesNotContain("SSN"));
    }
}
