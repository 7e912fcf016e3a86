package org.muejam.command.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;

/** The limits of a story's fields hold exactly at their stated values. */
class StoryPolicyTest {

    private static void assertRefused(Runnable check, String problemType, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
            assertThat(v.problemType()).isEqualTo(problemType);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void aTitleHasAtMost200Characters() {
        assertThat(StoryPolicy.requireTitle(" " + "t".repeat(200) + " ")).hasSize(200);
        assertRefused(() -> StoryPolicy.requireTitle("t".repeat(201)), "too-long", "title");
        assertRefused(() -> StoryPolicy.requireTitle("   "), "empty-title", "title");
    }

    @Test
    void aDescriptionHasAtMost5000CharactersAndMayBeEmpty() {
        assertThat(StoryPolicy.requireDescription("d".repeat(5_000))).hasSize(5_000);
        assertThat(StoryPolicy.requireDescription(null)).isEmpty();
        assertRefused(() -> StoryPolicy.requireDescription("d".repeat(5_001)), "too-long", "description");
    }

    @Test
    void commentsAndWhispersHaveTheirOwnLimits() {
        assertThat(StoryPolicy.requireCommentContent("c".repeat(5_000))).hasSize(5_000);
        assertRefused(() -> StoryPolicy.requireCommentContent("c".repeat(5_001)), "too-long", "content");
        assertThat(StoryPolicy.requireWhisperContent("w".repeat(1_000))).hasSize(1_000);
        assertRefused(() -> StoryPolicy.requireWhisperContent("w".repeat(1_001)), "too-long", "content");
    }

    @Test
    void aTagHasAtMost50Characters() {
        assertThat(StoryPolicy.requireTags(List.of("g".repeat(50)))).containsExactly("g".repeat(50));
        assertRefused(() -> StoryPolicy.requireTags(List.of("g".repeat(51))), "too-long", "tags");
    }

    @Test
    void aStoryHasAtMost20DistinctTags() {
        List<String> twenty =
                IntStream.rangeClosed(1, 20).mapToObj(i -> "tag" + i).toList();
        assertThat(StoryPolicy.requireTags(twenty)).hasSize(20);
        List<String> twentyOne =
                IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toList();
        assertRefused(() -> StoryPolicy.requireTags(twentyOne), "too-many-tags", "tags");
        // the same tag written differently counts once
        List<String> repeated = new java.util.ArrayList<>(twenty);
        repeated.addAll(Collections.nCopies(5, " TAG1 "));
        assertThat(StoryPolicy.requireTags(repeated)).hasSize(20);
    }

    @Test
    void aLanguageTagHasAtMost35Characters() {
        String longest = "abc" + "-abcdefgh".repeat(3) + "-abcd";
        assertThat(longest).hasSize(35);
        assertThat(StoryPolicy.requireLanguage(longest)).isEqualTo(longest);
        assertRefused(() -> StoryPolicy.requireLanguage(longest + "e"), "invalid-language", "language");
        assertThat(StoryPolicy.requireLanguage(" pt-BR ")).isEqualTo("pt-BR");
        assertThat(StoryPolicy.requireLanguage(" ")).isNull();
    }
}
