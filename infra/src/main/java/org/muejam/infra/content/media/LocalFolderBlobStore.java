package org.muejam.infra.content.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.muejam.command.content.media.BlobStore;

/**
 * Blobs as files under one folder, the default for a single machine: each key a file, its content type in a file
 * beside it. A write goes to a temporary file first and is moved into place, so a reader never sees half a file.
 */
public final class LocalFolderBlobStore implements BlobStore {

    private static final String TYPE_SUFFIX = ".content-type";

    private final Path root;

    public LocalFolderBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot create the blob folder " + this.root + " (MUEJAM_BLOB_DIR): " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            write(file.resolveSibling(file.getFileName() + TYPE_SUFFIX), contentType.getBytes());
            write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Blob> get(String key) {
        Path file = file(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Path type = file.resolveSibling(file.getFileName() + TYPE_SUFFIX);
            String contentType = Files.exists(type) ? Files.readString(type) : "application/octet-stream";
            return Optional.of(new Blob(bytes, contentType));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = file(key);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + TYPE_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        Path file = root.resolve(BlobStore.requireValidKey(key)).normalize();
        if (!file.startsWith(root) || file.getFileName().toString().endsWith(TYPE_SUFFIX)) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return file;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
