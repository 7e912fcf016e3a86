package org.muejam.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.NsfwVisibility;

/**
 * Property 17, NSFW content filtering: whatever the reader's preference, content not marked NSFW is shown as it
 * is; NSFW content is never returned to a HIDE_NSFW reader, always returned marked to a BLUR_NSFW reader (and to a
 * reader who never chose), and returned unmarked to a SHOW_ALL reader.
 */
class NsfwContentFilteringProperties {

    record Item(String id, boolean nsfw) {}

    @Property
    void contentNotMarkedNsfwIsShownToEveryReader(@ForAll NsfwPreference preference) {
        assertThat(NsfwVisibility.apply(preference, false)).isEqualTo(NsfwVisibility.SHOWN);
    }

    @Property
    void aHideReaderNeverReceivesNsfwItemsAndLosesNoOther(@ForAll List<Boolean> flags) {
        List<Item> items = items(flags);
        List<Item> shown = items.stream()
                .filter(item -> NsfwVisibility.apply(NsfwPreference.HIDE_NSFW, item.nsfw())
                        .visible())
                .toList();
        assertThat(shown).noneMatch(Item::nsfw);
        assertThat(shown)
                .containsExactlyElementsOf(
                        items.stream().filter(item -> !item.nsfw()).toList());
    }

    @Property
    void aBlurReaderReceivesEveryItemWithExactlyTheNsfwOnesMarked(@ForAll List<Boolean> flags) {
        for (NsfwPreference preference : new NsfwPreference[] {NsfwPreference.BLUR_NSFW, null}) {
            for (Item item : items(flags)) {
                NsfwVisibility visibility = NsfwVisibility.apply(preference, item.nsfw());
                assertThat(visibility.visible()).isTrue();
                assertThat(visibility.blurred()).isEqualTo(item.nsfw());
            }
        }
    }

    @Property
    void aShowAllReaderReceivesEveryItemUnmarked(@ForAll boolean nsfw) {
        NsfwVisibility visibility = NsfwVisibility.apply(NsfwPreference.SHOW_ALL, nsfw);
        assertThat(visibility.visible()).isTrue();
        assertThat(visibility.blurred()).isFalse();
    }

    @Property
    void aReaderWhoNeverChoseIsTreatedAsTheDefault(@ForAll boolean nsfw) {
        assertThat(NsfwVisibility.apply(null, nsfw)).isEqualTo(NsfwVisibility.apply(NsfwPreference.DEFAULT, nsfw));
    }

    private static List<Item> items(List<Boolean> flags) {
        return java.util.stream.IntStream.range(0, flags.size())
                .mapToObj(i -> new Item("item-" + i, flags.get(i)))
                .toList();
    }
}
