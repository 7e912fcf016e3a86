package org.muejam.command.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muejam.shared.content.ModerationLabel;

/** More than 80% confidence in an explicit-nudity or suggestive label, or one beneath them, makes an image NSFW. */
class NsfwClassificationPolicyTest {

    @ParameterizedTest(name = "{0} / {1} at {2}% -> {3}")
    @CsvSource({
        "Explicit Nudity, '', 80.01, true",
        "Explicit Nudity, '', 80.0, false",
        "Explicit Nudity, '', 55.0, false",
        "Graphic Female Nudity, Explicit Nudity, 97.2, true",
        "Explicit, '', 99.0, true",
        "Suggestive, '', 88.0, true",
        "Female Swimwear Or Underwear, Suggestive, 91.0, true",
        "Female Swimwear Or Underwear, Suggestive, 79.9, false",
        "Violence, '', 99.9, false",
        "Graphic Violence Or Gore, Violence, 99.9, false",
        "Drugs, '', 95.0, false"
    })
    void flagsOnlyConfidentNudityOrSuggestiveLabels(String name, String parent, double confidence, boolean nsfw) {
        assertThat(NsfwClassificationPolicy.isNsfw(List.of(new ModerationLabel(name, parent, confidence))))
                .isEqualTo(nsfw);
    }

    @org.junit.jupiter.api.Test
    void noLabelsIsNotNsfw() {
        assertThat(NsfwClassificationPolicy.isNsfw(List.of())).isFalse();
    }
}
