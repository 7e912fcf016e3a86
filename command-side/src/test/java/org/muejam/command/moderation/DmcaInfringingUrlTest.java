package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ContentType;

/** Which content an infringing URL names. */
class DmcaInfringingUrlTest {

    static final String UUID = "0b6c5d1e-0000-4000-8000-0000000000aa";

    @Test
    void aStoryUrlNamesTheStory() {
        assertThat(DmcaInfringingUrl.parse("https://muejam.example/stories/story:" + UUID))
                .contains(new DmcaInfringingUrl.Target(ContentType.STORY, "story:" + UUID, null));
    }

    @Test
    void anEncodedIdIsDecodedAndCaseIgnored() {
        assertThat(DmcaInfringingUrl.parse("https://x.example/s/STORY%3A" + UUID.toUpperCase()))
                .contains(new DmcaInfringingUrl.Target(ContentType.STORY, "story:" + UUID, null));
    }

    @Test
    void theMostSpecificIdWins() {
        String chapter = "chapter:" + UUID.replace("aa", "bb");
        String comment = "comment:" + UUID.replace("aa", "cc");
        assertThat(DmcaInfringingUrl.parse("https://x.example/stories/story:" + UUID + "/chapters/" + chapter))
                .contains(new DmcaInfringingUrl.Target(ContentType.CHAPTER, chapter, "story:" + UUID));
        assertThat(DmcaInfringingUrl.parse("https://x.example/stories/story:" + UUID + "#" + comment))
                .contains(new DmcaInfringingUrl.Target(ContentType.COMMENT, comment, null));
    }

    @Test
    void aUrlWithoutAnIdNamesNothing() {
        assertThat(DmcaInfringingUrl.parse("https://x.example/stories/42")).isEmpty();
        assertThat(DmcaInfringingUrl.parse("%%%zz story:not-a-uuid")).isEmpty();
        assertThat(DmcaInfringingUrl.parse("")).isEmpty();
        assertThat(DmcaInfringingUrl.parse(null)).isEmpty();
    }

    @Test
    void nothingOrBlankNamesNothing() {
        assertThat(DmcaInfringingUrl.parse(null)).isEmpty();
        assertThat(DmcaInfringingUrl.parse(" \t ")).isEmpty();
        assertThat(DmcaInfringingUrl.parse("https://x.example/stories/")).isEmpty();
    }
}
