package org.muejam.infra.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Opens the checkpoint store an offline check reads, by MUEJAM_CHECKPOINT_STORE (file or s3). */
public final class CheckpointSources {

    /** A setting missing or wrong: the message names it. */
    public static final class ConfigurationException extends RuntimeException {
        public ConfigurationException(String message) {
            super(message);
        }
    }

    private CheckpointSources() {}

    public static CheckpointStore open(Map<String, String> env) {
        String store = env.getOrDefault("MUEJAM_CHECKPOINT_STORE", "file");
        store = store == null || store.isBlank() ? "file" : store.strip();
        if (store.equals("file")) {
            String file = env.get("MUEJAM_CHECKPOINT_FILE");
            if (file == null || file.isBlank()) {
                throw new ConfigurationException("set MUEJAM_CHECKPOINT_FILE to the platform's checkpoint file");
            }
            if (!Files.isRegularFile(Path.of(file))) {
                throw new ConfigurationException("MUEJAM_CHECKPOINT_FILE: no checkpoint file at " + file);
            }
            return new FileCheckpointStore(Path.of(file));
        }
        if (store.equals("s3")) {
            try {
                return S3CheckpointStore.fromEnvironment(env);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage());
            }
        }
        throw new ConfigurationException(
                "MUEJAM_CHECKPOINT_STORE=" + store + " is not a checkpoint store this check can read (file, s3)");
    }
}
