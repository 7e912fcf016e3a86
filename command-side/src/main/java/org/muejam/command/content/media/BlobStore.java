package org.muejam.command.content.media;

import java.util.Optional;

/**
 * Where the bytes of uploaded files live, by key: a local folder by default, S3 in production. Keys are made by the
 * platform (letters, digits, '-', '_', '.' and '/'), never taken from a client.
 */
public interface BlobStore {

    record Blob(byte[] bytes, String contentType) {}

    /** Stores the bytes under the key, replacing what was there. */
    void put(String key, byte[] bytes, String contentType);

    Optional<Blob> get(String key);

    /** Removes the key's bytes; nothing happens when there are none. */
    void delete(String key);

    /** A key made by the platform; anything else is refused before it reaches a folder or a bucket. */
    static String requireValidKey(String key) {
        if (key == null
                || key.isEmpty()
                || key.length() > 512
                || !key.matches("[A-Za-z0-9_./-]+")
                || key.startsWith("/")
                || key.contains("..")
                || key.contains("//")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return key;
    }
}
