package org.muejam.infra.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import org.muejam.command.privacy.Followers;
import org.muejam.command.privacy.PrivacySettingsStore;
import org.muejam.query.privacy.PrivacyReads;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Privacy settings in {@code privacy_settings}, upserted by the change's command in the transaction that appends
 * its events (a command that fails stores neither), and read by the same query every enforcement uses.
 */
@Component
public class JdbcPrivacySettings implements PrivacySettingsStore, Followers {

    private final JdbcTemplate jdbc;
    private final PrivacyReads queries;

    public JdbcPrivacySettings(JdbcTemplate jdbc, PrivacyReads queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    public void save(UserId userId, PrivacySettings settings, Instant changedAt) {
        jdbc.update(
                """
                INSERT INTO privacy_settings (user_id, profile_visibility, reading_history_visibility,
                    analytics_opt_out, marketing_emails, comment_permission, follower_approval_required, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET profile_visibility = excluded.profile_visibility,
                    reading_history_visibility = excluded.reading_history_visibility,
                    analytics_opt_out = excluded.analytics_opt_out, marketing_emails = excluded.marketing_emails,
                    comment_permission = excluded.comment_permission,
                    follower_approval_required = excluded.follower_approval_required,
                    changed_at = excluded.changed_at""",
                userId.value(),
                settings.profileVisibility().name(),
                settings.readingHistoryVisibility().name(),
                settings.analyticsOptOut(),
                settings.marketingEmails(),
                settings.commentPermission().name(),
                settings.followerApprovalRequired(),
                Timestamp.from(changedAt));
    }

    @Override
    public PrivacySettings settingsOf(UserId userId) {
        return queries.settingsOf(userId.value());
    }

    @Override
    public boolean follows(UserId follower, UserId followee) {
        return queries.follows(follower.value(), followee.value());
    }
}
