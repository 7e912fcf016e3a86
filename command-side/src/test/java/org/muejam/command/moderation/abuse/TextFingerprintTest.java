package org.muejam.command.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    @Test
    void markupCaseAccentsPunctuationAndSpacingDoNotMakeTwoTextsDifferent() {
        String plain = TextFingerprint.normalize("Buy cheap followers now, café deals!");
        assertThat(plain).isEqualTo("buy cheap followers now cafe deals");
        assertThat(TextFingerprint.normalize("<p>BUY   cheap <b>followers</b> NOW... Café deals</p>"))
                .isEqualTo(plain);
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(TextFingerprint.normalize("buy cheap followers"))
                .isNotEqualTo(TextFingerprint.normalize("buy cheap followings"));
    }

    @Test
    void strangeInputIsReadNotRefused() {
        assertThat(TextFingerprint.normalize(null)).isEmpty();
        assertThat(TextFingerprint.normalize("a\u0000b")).isEqualTo("a b");
        assertThat(TextFingerprint.normalize("\u0000\u0000")).isEmpty();
        String huge = "spam ".repeat(1_000_000);
        assertThat(TextFingerprint.normalize(huge)).hasSizeLessThanOrEqualTo(TextFingerprint.READ);
        assertThat(TextFingerprint.normalize("<".repeat(100_000))).isEmpty();
    }
}
