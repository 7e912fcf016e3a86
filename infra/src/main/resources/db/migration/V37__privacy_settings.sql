-- Each person's privacy settings as their last change committed them (decision 0039). Written by the PersonPrivacy
-- aggregate's command in the transaction that appends its events, and read by every check that enforces a setting
-- (profiles, reading history, comments, follows, analytics, marketing mail): a change holds from the very next
-- request on every node, with no projection to wait for. No row: the defaults (PrivacySettings.DEFAULTS).
CREATE TABLE privacy_settings (
    user_id                    VARCHAR(64) PRIMARY KEY,
    profile_visibility         VARCHAR(16) NOT NULL CHECK (profile_visibility IN ('PUBLIC', 'FOLLOWERS', 'PRIVATE')),
    reading_history_visibility VARCHAR(16) NOT NULL
        CHECK (reading_history_visibility IN ('PUBLIC', 'FOLLOWERS', 'PRIVATE')),
    analytics_opt_out          BOOLEAN     NOT NULL,
    marketing_emails           BOOLEAN     NOT NULL,
    comment_permission         VARCHAR(16) NOT NULL CHECK (comment_permission IN ('EVERYONE', 'FOLLOWERS', 'NOBODY')),
    follower_approval_required BOOLEAN     NOT NULL,
    changed_at                 TIMESTAMPTZ NOT NULL
);
-- DELETE for an erased account's row (its settings say nothing personal, but nothing of the person need stay)
GRANT SELECT, INSERT, UPDATE, DELETE ON privacy_settings TO ${appRole};
