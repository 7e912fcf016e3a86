package org.muejam.shared.privacy;

import org.muejam.shared.identity.UserId;

/** A person's privacy settings as their last change committed them ({@link PrivacySettings#DEFAULTS} if none). */
public record FindPrivacySettingsQuery(UserId userId) {}
