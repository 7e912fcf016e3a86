package org.muejam.projections.moderation;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.moderation.DmcaContentRestoredEvent;
import org.muejam.shared.moderation.DmcaCounterNoticeFiledEvent;
import org.muejam.shared.moderation.DmcaCourtActionReportedEvent;
import org.muejam.shared.moderation.DmcaStatus;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;
import org.muejam.shared.moderation.DmcaTakedownRejectedEvent;
import org.muejam.shared.moderation.DmcaTakedownSubmittedEvent;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * DMCA notices for their agents. Upserts and updates by the notice's id, so a replay rewrites each row in place;
 * texts lose any NUL and are cut to their columns rather than stopping the projection. Personal data is sealed
 * (the same bytes at every replay) under the subject its event names: the notice for the claimant, the author for
 * a counter-notice.
 */
@Component
@ProcessingGroup(DmcaProjection.NAME)
public class DmcaProjection {

    public static final String NAME = ReadModels.DMCA;

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    public DmcaProjection(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(DmcaTakedownSubmittedEvent event) {
        String id = event.takedownId();
        jdbc.update(
                """
                INSERT INTO dmca_takedowns (takedown_id, status, copyright_holder, contact_email, contact_address,
                    contact_phone, signature, work_description, infringing_url, content_type, content_id, story_id,
                    author_id, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (takedown_id) DO UPDATE SET copyright_holder = excluded.copyright_holder,
                    contact_email = excluded.contact_email, contact_address = excluded.contact_address,
                    contact_phone = excluded.contact_phone, signature = excluded.signature,
                    work_description = excluded.work_description, infringing_url = excluded.infringing_url,
                    content_type = excluded.content_type, content_id = excluded.content_id,
                    story_id = excluded.story_id, author_id = excluded.author_id,
                    submitted_at = excluded.submitted_at""",
                id,
                DmcaStatus.PENDING.name(),
                vault.seal(id, id + ":holder", text(event.copyrightHolder(), 4000)),
                vault.seal(id, id + ":email", text(event.contactEmail(), 4000)),
                vault.seal(id, id + ":address", text(event.contactAddress(), 4000)),
                vault.seal(id, id + ":phone", text(event.contactPhone(), 4000)),
                vault.seal(id, id + ":signature", text(event.signature(), 4000)),
                text(event.workDescription(), 4000),
                text(event.infringingUrl(), 2000),
                event.contentType().slug(),
                event.contentId(),
                event.storyId(),
                event.authorId(),
                Timestamp.from(event.submittedAt()));
    }

    @EventHandler
    void on(DmcaTakedownApprovedEvent event) {
        decided(event.takedownId(), DmcaStatus.APPROVED, event.agentId(), event.reason(), event.approvedAt());
    }

    @EventHandler
    void on(DmcaTakedownRejectedEvent event) {
        decided(event.takedownId(), DmcaStatus.REJECTED, event.agentId(), event.reason(), event.rejectedAt());
    }

    @EventHandler
    void on(DmcaCounterNoticeFiledEvent event) {
        String id = event.takedownId();
        String author = event.authorId().value();
        jdbc.update(
                """
                UPDATE dmca_takedowns SET status = ?, counter_statement = ?, counter_signature = ?,
                    counter_noticed_at = ?
                WHERE takedown_id = ?""",
                DmcaStatus.COUNTER_NOTICED.name(),
                vault.seal(author, id + ":counter-statement", text(event.statement(), 4000)),
                vault.seal(author, id + ":counter-signature", text(event.signature(), 4000)),
                Timestamp.from(event.filedAt()),
                id);
    }

    @EventHandler
    void on(DmcaCourtActionReportedEvent event) {
        jdbc.update(
                "UPDATE dmca_takedowns SET status = ? WHERE takedown_id = ?",
                DmcaStatus.IN_COURT.name(),
                event.takedownId());
    }

    @EventHandler
    void on(DmcaContentRestoredEvent event) {
        jdbc.update(
                "UPDATE dmca_takedowns SET status = ? WHERE takedown_id = ?",
                DmcaStatus.RESTORED.name(),
                event.takedownId());
    }

    private void decided(String id, DmcaStatus status, String agentId, String reason, java.time.Instant at) {
        // a replay finds the row as the last run left it: a counter-noticed notice stays counter-noticed
        jdbc.update("""
                UPDATE dmca_takedowns SET status = CASE WHEN status IN ('COUNTER_NOTICED', 'IN_COURT', 'RESTORED') THEN status ELSE ? END,
                    decided_by = ?, decision_reason = ?, decided_at = ?
                WHERE takedown_id = ?""", status.name(), agentId, reason == null ? null : text(reason, 1000), Timestamp.from(at), id);
    }

    private static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replace("\u0000", "");
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}
