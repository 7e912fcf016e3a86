package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.muejam.command.content.media.BlobStore;

/** Test double for {@link BlobStore}: bytes in a map, by key. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<String, Blob> blobs = new HashMap<>();

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        blobs.put(BlobStore.requireValidKey(key), new Blob(bytes, contentType));
    }

    @Override
    public Optional<Blob> get(String key) {
        return Optional.ofNullable(blobs.get(key));
    }

    @Override
    public void delete(String key) {
        blobs.remove(key);
    }

    public Set<String> keys() {
        return Set.copyOf(blobs.keySet());
    }
}
