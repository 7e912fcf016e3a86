package org.muejam.shared.identity;

import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * The person's profile as it now stands (null: no bio, no avatar) and the names of the fields this change changed
 * ({@code displayName}, {@code bio}, {@code avatarImageId}). All three are personal: once the person is erased they
 * read as "Deleted User" and the placeholder, which the read models show as no bio and no avatar.
 */
@Revision("1")
public record ProfileUpdatedEvent(
        @DataSubject UserId userId,
        @PersonalData(replacement = "Deleted User") String displayName,
        @PersonalData String bio,
        @PersonalData String avatarImageId,
        Set<String> changed,
        Instant updatedAt) {

    public static final String DISPLAY_NAME = "displayName";
    public static final String BIO = "bio";
    public static final String AVATAR_IMAGE_ID = "avatarImageId";

    /** The bio as a read model keeps it: none once erased. */
    public String bioShown() {
        return shown(bio);
    }

    /** The avatar as a read model keeps it: none once erased. */
    public String avatarImageIdShown() {
        return shown(avatarImageId);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() || PersonalData.ERASED.equals(value) ? null : value;
    }
}
