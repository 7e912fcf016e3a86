package org.muejam.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.ConsentPurpose;
import org.muejam.shared.privacy.PrivacySettings;

/** Who each audience and comment permission admits, and the defaults of a person who never chose. */
class PrivacySettingsValuesTest {

    @Test
    void anAudienceAdmitsItsOwnerAlwaysAFollowerUnlessPrivateAndAnyoneWhenPublic() {
        for (Audience audience : Audience.values()) {
            assertThat(audience.admits(true, false)).isTrue();
        }
        assertThat(Audience.PUBLIC.admits(false, false)).isTrue();
        assertThat(Audience.FOLLOWERS.admits(false, false)).isFalse();
        assertThat(Audience.FOLLOWERS.admits(false, true)).isTrue();
        assertThat(Audience.PRIVATE.admits(false, true)).isFalse();
    }

    @Test
    void aCommentPermissionAdmitsTheAuthorAlways() {
        for (CommentPermission permission : CommentPermission.values()) {
            assertThat(permission.admits(true, false)).isTrue();
        }
        assertThat(CommentPermission.EVERYONE.admits(false, false)).isTrue();
        assertThat(CommentPermission.FOLLOWERS.admits(false, false)).isFalse();
        assertThat(CommentPermission.FOLLOWERS.admits(false, true)).isTrue();
        assertThat(CommentPermission.NOBODY.admits(false, true)).isFalse();
    }

    @Test
    void theDefaultsShowTheProfileKeepReadingPrivateAndAssumeNoMarketingConsent() {
        PrivacySettings defaults = PrivacySettings.DEFAULTS;
        assertThat(defaults.profileVisibility()).isEqualTo(Audience.PUBLIC);
        assertThat(defaults.readingHistoryVisibility()).isEqualTo(Audience.PRIVATE);
        assertThat(defaults.consents(ConsentPurpose.ANALYTICS)).isTrue();
        assertThat(defaults.consents(ConsentPurpose.MARKETING)).isFalse();
        assertThat(defaults.commentPermission()).isEqualTo(CommentPermission.EVERYONE);
        assertThat(defaults.followerApprovalRequired()).isFalse();
    }

    @Test
    void purposesAreNamedByTheirSlugs() {
        assertThat(ConsentPurpose.fromSlug("analytics")).contains(ConsentPurpose.ANALYTICS);
        assertThat(ConsentPurpose.fromSlug("marketing")).contains(ConsentPurpose.MARKETING);
        assertThat(ConsentPurpose.fromSlug("MARKETING")).isEmpty();
        assertThat(ConsentPurpose.MARKETING.slug()).isEqualTo("marketing");
    }
}
