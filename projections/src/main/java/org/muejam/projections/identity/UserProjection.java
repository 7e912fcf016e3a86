package org.muejam.projections.identity;

import java.sql.Timestamp;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.EmailVerifiedEvent;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.ProfileUpdatedEvent;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.moderation.AccountSuspendedEvent;
import org.muejam.shared.moderation.AccountSuspensionLiftedEvent;
import org.muejam.shared.moderation.ModeratorRoleGrantedEvent;
import org.muejam.shared.moderation.ModeratorRoleRevokedEvent;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Accounts as the API shows them, and the credentials sign-in checks. Every write is an upsert or an update in
 * event order, so a replay rewrites the rows in place and sign-in keeps working during a rebuild. The password (and
 * a lock) is only ever replaced by a later one: a replay never brings back a password that was changed.
 */
@Component
@ProcessingGroup(UserProjection.NAME)
public class UserProjection {

    public static final String NAME = ReadModels.USERS;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<SuspensionChanges> suspensionChanges;

    public UserProjection(JdbcTemplate jdbc, ObjectProvider<SuspensionChanges> suspensionChanges) {
        this.jdbc = jdbc;
        this.suspensionChanges = suspensionChanges;
    }

    /** A replayed registration leaves the password alone: the row may already hold a changed one. */
    @EventHandler
    void on(UserRegisteredEvent event) {
        String roles = event.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        jdbc.update(
                """
                INSERT INTO user_account (user_id, email, display_name, password_hash, roles, registered_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
                    roles = excluded.roles, role_since = NULL""",
                event.userId().value(),
                event.email(),
                event.displayName(),
                event.passwordHash(),
                roles,
                Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(EmailVerifiedEvent event) {
        jdbc.update(
                "UPDATE user_account SET email_verified = TRUE WHERE user_id = ?",
                event.userId().value());
    }

    @EventHandler
    void on(UserLoggedInEvent event) {
        jdbc.update(
                "UPDATE user_account SET last_login_at = ? WHERE user_id = ?",
                Timestamp.from(event.loggedInAt()),
                event.userId().value());
    }

    /** A lock from before the latest password change was ended by it, so a replay does not lock again. */
    @EventHandler
    void on(AccountLockedEvent event) {
        jdbc.update("""
                UPDATE user_account SET locked_until = ?
                WHERE user_id = ? AND (password_changed_at IS NULL OR password_changed_at < ?)""", Timestamp.from(event.lockedUntil()), event.userId().value(), Timestamp.from(event.lockedAt()));
    }

    @EventHandler
    void on(PasswordChangedEvent event) {
        Timestamp changedAt = Timestamp.from(event.changedAt());
        jdbc.update("""
                UPDATE user_account SET password_hash = ?, locked_until = NULL, password_changed_at = ?
                WHERE user_id = ? AND (password_changed_at IS NULL OR password_changed_at <= ?)""", event.passwordHash(), changedAt, event.userId().value(), changedAt);
    }

    /**
     * The profile as it now stands. A rebuild reads an erased person's change with its placeholders ("Deleted User",
     * no bio, no avatar), and their erasure, which comes after it, clears the row again in any case.
     */
    @EventHandler
    void on(ProfileUpdatedEvent event) {
        jdbc.update(
                """
                UPDATE user_account SET display_name = ?, bio = ?, avatar_image_id = ?
                WHERE user_id = ?""",
                event.displayName(),
                event.bioShown(),
                event.avatarImageIdShown(),
                event.userId().value());
    }

    /** The account holds USER and the granted role; a replay writes the same roles again. */
    @EventHandler
    void on(ModeratorRoleGrantedEvent event) {
        String roles = java.util.stream.Stream.of(Role.USER.name(), event.role().name())
                .sorted()
                .collect(Collectors.joining(","));
        jdbc.update(
                "UPDATE user_account SET roles = ?, role_since = ? WHERE user_id = ?",
                roles,
                Timestamp.from(event.grantedAt()),
                event.userId().value());
    }

    @EventHandler
    void on(ModeratorRoleRevokedEvent event) {
        jdbc.update(
                "UPDATE user_account SET roles = ?, role_since = NULL WHERE user_id = ?",
                Role.USER.name(),
                event.userId().value());
    }

    /** The latest suspension replaces any earlier one; every request of the account checks it (decision 0037). */
    @EventHandler
    void on(AccountSuspendedEvent event) {
        jdbc.update(
                """
                UPDATE user_account SET suspended_until = ?, suspended_permanently = ?, suspension_reason = ?,
                    suspended_at = ?
                WHERE user_id = ?""",
                event.until() == null ? null : Timestamp.from(event.until()),
                event.until() == null,
                reason(event.reason()),
                Timestamp.from(event.suspendedAt()),
                event.userId().value());
        announce(event.userId().value());
    }

    @EventHandler
    void on(AccountSuspensionLiftedEvent event) {
        jdbc.update("""
                UPDATE user_account SET suspended_until = NULL, suspended_permanently = FALSE,
                    suspension_reason = NULL, suspended_at = NULL
                WHERE user_id = ?""", event.userId().value());
        announce(event.userId().value());
    }

    /**
     * The account stays as a row without anything personal, so its id still resolves (its content reads as by
     * "Deleted User"); it signs in nowhere (no password, and every request of it is refused, see the suspension
     * query). A rebuild reads the registration's placeholders and comes to the same row.
     */
    @EventHandler
    void on(AccountErasedEvent event) {
        jdbc.update(
                """
                UPDATE user_account SET email = ?, display_name = ?, password_hash = NULL, erased_at = ?,
                    last_login_at = NULL, locked_until = NULL, bio = NULL, avatar_image_id = NULL
                WHERE user_id = ?""",
                PersonalData.ERASED,
                ErasedData.DELETED_USER,
                Timestamp.from(event.erasedAt()),
                event.userId().value());
        announce(event.userId().value());
    }

    /** After the batch commits: the row a re-read finds is the new one. */
    private void announce(String userId) {
        Runnable tell = () -> suspensionChanges.ifAvailable(changes -> changes.changed(userId));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> tell.run());
        } else {
            tell.run();
        }
    }

    /** Sized to its column, without NUL (PostgreSQL refuses it in text). */
    private static String reason(String reason) {
        if (reason == null) {
            return null;
        }
        String clean = reason.replace("\u0000", "");
        return clean.length() > 1000 ? clean.substring(0, 1000) : clean;
    }
}
