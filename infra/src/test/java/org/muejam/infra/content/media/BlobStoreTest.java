package org.muejam.infra.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muejam.command.content.media.BlobStore;
import org.muejam.infra.support.S3StandIn;

/** Both blob stores keep, return and delete bytes by key, and refuse keys that would leave their place. */
class BlobStoreTest {

    private static S3StandIn s3;

    @TempDir
    Path folder;

    @BeforeAll
    static void startS3() {
        s3 = S3StandIn.start();
        try (var client = s3.client()) {
            client.createBucket(b -> b.bucket("muejam-images"));
        }
    }

    @AfterAll
    static void stopS3() {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void theLocalFolderKeepsReturnsAndDeletesBlobs() {
        behavesAsABlobStore(new LocalFolderBlobStore(folder));
        assertThat(folder.resolve("images/a1/full.jpg")).doesNotExist();
    }

    @Test
    void theLocalFolderRefusesKeysOutsideIt() {
        LocalFolderBlobStore store = new LocalFolderBlobStore(folder);
        for (String key : new String[] {"../escape", "/etc/passwd", "a/../../b", "a//b", "x.content-type", ""}) {
            assertThatThrownBy(() -> store.put(key, new byte[] {1}, "image/png"))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(folder.getParent().resolve("escape")).doesNotExist();
    }

    @Test
    void theLocalFolderWritesUnderItsOwnRoot() throws Exception {
        new LocalFolderBlobStore(folder).put("images/a2/full.jpg", bytes("x"), "image/jpeg");
        assertThat(Files.readString(folder.resolve("images/a2/full.jpg"))).isEqualTo("x");
    }

    @Test
    void s3KeepsReturnsAndDeletesBlobsUnderItsPrefix() {
        try (S3BlobStore store = new S3BlobStore(s3.client(), "muejam-images", "uploads/")) {
            behavesAsABlobStore(store);
        }
        try (S3BlobStore store = new S3BlobStore(s3.client(), "muejam-images", "uploads/");
                var client = s3.client()) {
            store.put("images/a3/full.jpg", bytes("kept"), "image/jpeg");
            assertThat(client.getObjectAsBytes(r -> r.bucket("muejam-images").key("uploads/images/a3/full.jpg"))
                            .asUtf8String())
                    .isEqualTo("kept");
        }
    }

    @Test
    void s3IsOpenedFromTheSettingsAndRefusesToStartWithoutABucket() {
        assertThatThrownBy(() -> S3BlobStore.open(new MediaProperties.S3(null, "images/", null, null, true)))
                .hasMessageContaining("MUEJAM_BLOB_S3_BUCKET");
    }

    private static void behavesAsABlobStore(BlobStore store) {
        assertThat(store.get("images/a1/full.jpg")).isEmpty();

        store.put("images/a1/full.jpg", bytes("first"), "image/jpeg");
        store.put("images/a1/full.jpg", bytes("second"), "image/png");

        BlobStore.Blob blob = store.get("images/a1/full.jpg").orElseThrow();
        assertThat(new String(blob.bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(blob.contentType()).isEqualTo("image/png");

        store.delete("images/a1/full.jpg");
        store.delete("images/a1/full.jpg");
        assertThat(store.get("images/a1/full.jpg")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
