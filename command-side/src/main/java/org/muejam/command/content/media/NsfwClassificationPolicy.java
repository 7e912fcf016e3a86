package org.muejam.command.content.media;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.muejam.shared.content.ModerationLabel;

/**
 * An image is NSFW when the classifier is more than 80% confident of a label in, or under, an explicit-nudity or
 * suggestive category (the names of AWS Rekognition's moderation taxonomy, versions 6 and 7). Violence, drugs and
 * the like are for moderation to judge, not for readers' NSFW preferences.
 */
public final class NsfwClassificationPolicy {

    public static final double CONFIDENCE_THRESHOLD = 80.0;

    static final Set<String> NSFW_CATEGORIES = Set.of(
            "explicit nudity",
            "explicit",
            "explicit sexual activity",
            "exposed male genitalia",
            "exposed female genitalia",
            "non-explicit nudity",
            "non-explicit nudity of intimate parts and kissing",
            "suggestive");

    private NsfwClassificationPolicy() {}

    public static boolean isNsfw(List<ModerationLabel> labels) {
        return labels.stream().anyMatch(NsfwClassificationPolicy::counts);
    }

    private static boolean counts(ModerationLabel label) {
        return label.confidence() > CONFIDENCE_THRESHOLD
                && (inCategory(label.name()) || inCategory(label.parentName()));
    }

    private static boolean inCategory(String name) {
        return name != null && NSFW_CATEGORIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
