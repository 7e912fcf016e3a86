package org.muejam.infra.gdpr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.command.content.media.BlobStore;
import org.muejam.infra.audit.EventStoreHistory;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.audit.ListSubjectEventsQuery;
import org.muejam.shared.gdpr.CompleteDataExportCommand;
import org.muejam.shared.gdpr.DataExportExpiredEvent;
import org.muejam.shared.gdpr.DataExportRequestedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds data exports: for each requested export, the person's event history (decrypted for them) is read once and
 * every {@link ExportSection} adds its part, the JSON file goes to the blob store, and the export is completed,
 * which makes it READY and schedules the end of its link. When the link ends, the file is deleted. A process with
 * side effects (files, commands), so its own processing group (with its own dead-letter queue) that starts at the
 * head of the log, handles one event per batch and never replays. Progress (0-100) is written as it goes, each step
 * in a transaction of its own so a reader sees it before the export is done.
 */
@ProcessingGroup(DataExportProcessor.NAME)
public class DataExportProcessor {

    public static final String NAME = "data-export-builder";
    public static final String FORMAT = "muejam-data-export/1";

    private final List<ExportSection> sections;
    private final EventStoreHistory history;
    private final BlobStore blobs;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration linkValidity;

    public DataExportProcessor(
            List<ExportSection> sections,
            EventStoreHistory history,
            BlobStore blobs,
            CommandGateway commands,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectMapper json,
            Clock clock,
            Duration linkValidity) {
        List<ExportSection> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparing(ExportSection::name));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).name().equals(ordered.get(i - 1).name())) {
                throw new IllegalStateException(
                        "two export sections are named " + ordered.get(i).name());
            }
        }
        this.sections = List.copyOf(ordered);
        this.history = history;
        this.blobs = blobs;
        this.commands = commands;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    /** The sections every export holds, by name. */
    public List<String> sectionNames() {
        return sections.stream().map(ExportSection::name).toList();
    }

    @EventHandler
    @DisallowReplay
    void on(DataExportRequestedEvent event) throws JsonProcessingException {
        String key = fileKey(event.exportId());
        // handled again (a retried batch, or a segment another node took over mid-build): the file already stored
        // is the one the export names, so it is kept rather than rebuilt, and its size is the size completed
        byte[] file = blobs.get(key).map(BlobStore.Blob::bytes).orElse(null);
        if (file == null) {
            file = build(event.exportId(), event.userId());
            blobs.put(key, file, "application/json");
        }
        progress(event.exportId(), 99);
        commands.sendAndWait(new CompleteDataExportCommand(event.exportId(), key, file.length, linkValidity));
    }

    @EventHandler
    @DisallowReplay
    void on(DataExportExpiredEvent event) {
        if (event.fileKey() != null) {
            blobs.delete(event.fileKey());
        }
        jdbc.update("DELETE FROM data_export_progress WHERE export_id = ?", event.exportId());
    }

    /** The export's JSON: what it is, then each section under its name. */
    byte[] build(String exportId, String userId) throws JsonProcessingException {
        progress(exportId, 0);
        List<Map<String, Object>> events = new ArrayList<>();
        Iterator<Map<String, Object>> all =
                history.handle(new ListSubjectEventsQuery(userId)).events();
        all.forEachRemaining(event -> events.add(ownerView(event, userId)));
        ExportSubject subject = new ExportSubject(userId, events);
        progress(exportId, 10);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportId", exportId);
        document.put("userId", userId);
        document.put("generatedAt", clock.instant());
        document.put("sections", sectionNames());
        for (int i = 0; i < sections.size(); i++) {
            ExportSection section = sections.get(i);
            document.put(section.name(), section.export(subject));
            progress(exportId, 10 + (i + 1) * 85 / sections.size());
        }
        return json.writeValueAsBytes(document);
    }

    /**
     * An event as its owner's export shows it: another person's address, client and id in its metadata (a
     * moderator's, on an event about the owner's account) are theirs, not the owner's, and are left out.
     */
    static Map<String, Object> ownerView(Map<String, Object> event, String userId) {
        if (!(event.get("metadata") instanceof Map<?, ?> metadata)) {
            return event;
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        metadata.forEach((key, value) -> shown.put(String.valueOf(key), value));
        if (!owns(shown.get(AuditMetadata.SUBJECT_ID), userId)) {
            shown.remove(AuditMetadata.IP_ADDRESS);
            shown.remove(AuditMetadata.USER_AGENT);
            shown.remove(AuditMetadata.SUBJECT_ID);
        }
        if (!owns(shown.get(AuditMetadata.ACTOR_ID), userId) && !"system".equals(shown.get(AuditMetadata.ACTOR_ID))) {
            shown.remove(AuditMetadata.ACTOR_ID);
        }
        Map<String, Object> view = new LinkedHashMap<>(event);
        view.put("metadata", shown);
        return view;
    }

    private static boolean owns(Object id, String userId) {
        return id != null && (userId.equals(id.toString()) || ("user:" + userId).equals(id.toString()));
    }

    static String fileKey(String exportId) {
        return "exports/" + exportId.substring(exportId.indexOf(':') + 1) + ".json";
    }

    private void progress(String exportId, int percent) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.update("""
                INSERT INTO data_export_progress (export_id, progress, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (export_id) DO UPDATE SET progress = excluded.progress, updated_at = excluded.updated_at""", exportId, percent, Timestamp.from(clock.instant())));
    }
}
