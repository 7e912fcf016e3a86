package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.screening.FilterOutcome;
import org.muejam.command.content.screening.UrlReputation;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.PiiType;
import org.muejam.shared.identity.UserId;

class ScreeningPipelineTest {

    private static final UserId AUTHOR = new UserId("author-1");

    private final List<String> recorded = new ArrayList<>();

    private final FilterSettingsCache defaults = new FilterSettingsCache(null, Clock.systemUTC()) {
        @Override
        public ContentFilterSettings current() {
            return ContentFilterSettings.defaults();
        }
    };

    /** What the pipeline handed to the sanitizer. */
    private final List<String> sanitized = new ArrayList<>();

    private final ScreeningPipeline pipeline = new ScreeningPipeline(
            urls -> urls.contains("http://bad.example/x")
                    ? new UrlReputation.Verdict(Set.of("http://bad.example/x"), true)
                    : UrlReputation.Verdict.clean(),
            (type, author, field, block) -> recorded.add(
                    type + " " + author.value() + " " + field + " " + block.rule() + " " + block.urlHost()),
            defaults,
            new ContentSanitizer() {
                @Override
                public String sanitize(String html) {
                    sanitized.add(html);
                    return html;
                }

                @Override
                public String toPlainText(String html) {
                    return html;
                }

                @Override
                public String markdownToHtml(String markdown) {
                    throw new AssertionError("the screening never renders Markdown");
                }
            });

    private ContentScreening.Screened screen(Map<String, String> texts) {
        return pipeline.screen(new ContentScreening.Submission(AUTHOR, ContentType.CHAPTER, texts));
    }

    @Test
    void cleanTextPassesUnchangedInTheSameFieldOrder() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", "The lighthouse");
        texts.put("content", "It was a dark night.");
        ContentScreening.Screened screened = screen(texts);
        assertThat(screened.texts())
                .containsExactly(Map.entry("title", "The lighthouse"), Map.entry("content", "It was a dark night."));
        assertThat(screened.flags()).isEmpty();
    }

    @Test
    void cardAndSsnNumbersAreRedactedBeforeAnythingIsKept() {
        ContentScreening.Screened screened =
                screen(Map.of("content", "pay with 4111 1111 1111 1111, my ssn is 123-45-6789"));
        assertThat(screened.texts().get("content")).isEqualTo("pay with **** **** **** 1111, my ssn is ***-**-****");
    }

    @Test
    void hateSpeechIsStoredAndFlaggedHigh() {
        ContentScreening.Screened screened = screen(Map.of("content", "they are vermin"));
        assertThat(screened.texts()).containsEntry("content", "they are vermin");
        assertThat(screened.flags()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("hate-speech");
            assertThat(f.severity()).isEqualTo("HIGH");
        });
    }

    @Test
    void aRefusalNamesTheRuleIsRecordedApartAndKeepsNothing() {
        assertThatThrownBy(() -> screen(Map.of("title", "ok", "content", "read http://bad.example/x now")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                    assertThat(v.problemType()).isEqualTo("content-refused");
                    assertThat(v.field()).isEqualTo("malicious-url");
                });
        assertThat(recorded).containsExactly("CHAPTER author-1 content malicious-url bad.example");
    }

    @Test
    void theFiltersRunInTheirOrder() {
        assertThat(pipeline.rules()).containsExactly("spam", "profanity", "hate-speech", "malicious-url", "pii");
        assertThatThrownBy(() -> screen(Map.of("content", "click here, shit")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("spam"));
    }

    @Test
    void noRecordIsKeptForASubmissionThatPasses() {
        screen(Map.of("content", "fine words"));
        assertThat(recorded).isEmpty();
        assertThat(FilterOutcome.ALLOW).isNotNull();
    }

    @Test
    void onlyTheFieldsHoldingHtmlAreSanitizedAndAfterTheRedaction() {
        ContentScreening.Screened screened = screen(new java.util.LinkedHashMap<>(
                Map.of("title", "A title <b>", "content", "card 4111 1111 1111 1111 here", "description", "about")));

        assertThat(screened.texts().get("title")).isEqualTo("A title <b>");
        assertThat(sanitized).hasSize(2).contains("about").noneMatch(text -> text.contains("4111 1111 1111 1111"));
    }

    @Test
    void theKindsOfPersonalDataInATextAreNamedWithoutTheirValues() {
        String text = "write to reader@example.org, my ssn is 123-45-6789";

        assertThat(pipeline.personalData(text)).containsExactlyInAnyOrder(PiiType.EMAIL, PiiType.SSN);
        assertThat(new ProfilePersonalDataDetector(defaults).kindsIn(text)).containsExactlyInAnyOrder("EMAIL", "SSN");
        assertThat(pipeline.personalData("a quiet harbour")).isEmpty();
    }
}
