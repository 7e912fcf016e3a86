package org.muejam.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoints in a local file, one JSON object a line, only ever appended to and forced to disk before
 * {@link #publish} returns. Keep the file where the database's credentials do not reach (another disk, a host
 * directory made append-only with {@code chattr +a}); S3 with Object Lock is the production store.
 */
public class FileCheckpointStore implements CheckpointStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public FileCheckpointStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void publish(SignedCheckpoint checkpoint) {
        ObjectNode line = JSON.createObjectNode()
                .put("position", checkpoint.position())
                .put("chainHead", checkpoint.chainHead())
                .put("signedAt", checkpoint.signedAt().toString())
                .put("signature", checkpoint.signature());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer bytes =
                        ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not append a checkpoint to " + file, e);
        }
    }

    @Override
    public synchronized List<SignedCheckpoint> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                checkpoints.add(new SignedCheckpoint(
                        node.path("position").asLong(),
                        node.path("chainHead").asText(),
                        Instant.parse(node.path("signedAt").asText()),
                        node.path("signature").asText()));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the checkpoint file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return checkpoints;
    }

    public Path file() {
        return file;
    }
}
