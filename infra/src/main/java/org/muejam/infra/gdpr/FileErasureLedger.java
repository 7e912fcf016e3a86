package org.muejam.infra.gdpr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.shared.identity.UserId;

/**
 * The erasure ledger as a file of JSON lines (account id, request id, time), appended and synced to disk before the
 * erasure is reported done. Kept outside the database so that restoring a backup does not roll it back: put it on
 * storage the database's backups do not include (a separate volume or a synced bucket).
 */
public class FileErasureLedger implements ErasureLedger {

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public FileErasureLedger(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(Entry entry) {
        if (entries().stream().anyMatch(e -> e.userId().equals(entry.userId()))) {
            return;
        }
        Map<String, String> line = new LinkedHashMap<>();
        line.put("userId", entry.userId().value());
        line.put("requestId", entry.requestId());
        line.put("erasedAt", entry.erasedAt().toString());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] bytes = (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the erasure ledger " + file, e);
        }
    }

    /** Every entry, oldest first; a line cut short by a crash is skipped (its erasure is retried and rewritten). */
    @Override
    public synchronized List<Entry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = json.readTree(line);
                    entries.add(new Entry(
                            UserId.of(node.get("userId").asText()),
                            node.path("requestId").asText(null),
                            Instant.parse(node.get("erasedAt").asText())));
                } catch (IOException | RuntimeException unreadable) {
                    // a torn last line
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the erasure ledger " + file, e);
        }
        return entries;
    }

    public Path file() {
        return file;
    }
}
