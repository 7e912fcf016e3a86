package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints are signed with Ed25519 and a checkpoint changed in any field is rejected. */
class CheckpointSignatureTest {

    private static final String HEAD = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private static String newPrivateKey() throws Exception {
        return Base64.getEncoder()
                .encodeToString(KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded());
    }

    @Test
    void aSignedCheckpointVerifiesAgainstThePublicKeyDerivedFromThePrivateOne() throws Exception {
        CheckpointSigner signer = CheckpointSigner.fromPrivateKey(newPrivateKey());
        SignedCheckpoint checkpoint = signer.sign(42, HEAD, Instant.parse("2026-03-01T10:00:00.123Z"));
        PublicKey published = CheckpointSigner.publicKey(signer.publicKeyBase64());
        assertThat(CheckpointSigner.verify(published, checkpoint)).isTrue();
        assertThat(checkpoint.signedContent())
                .isEqualTo("muejam-checkpoint-v1\n42\n" + HEAD + "\n2026-03-01T10:00:00.123Z");
    }

    @Test
    void aTamperedCheckpointIsRejected() throws Exception {
        CheckpointSigner signer = CheckpointSigner.fromPrivateKey(newPrivateKey());
        SignedCheckpoint good = signer.sign(42, HEAD, Instant.parse("2026-03-01T10:00:00Z"));
        PublicKey key = signer.publicKey();
        assertThat(CheckpointSigner.verify(
                        key, new SignedCheckpoint(43, good.chainHead(), good.signedAt(), good.signature())))
                .isFalse();
        assertThat(CheckpointSigner.verify(
                        key, new SignedCheckpoint(42, "ff" + HEAD.substring(2), good.signedAt(), good.signature())))
                .isFalse();
        assertThat(CheckpointSigner.verify(
                        key, new SignedCheckpoint(42, HEAD, good.signedAt().plusSeconds(1), good.signature())))
                .isFalse();
        byte[] signature = Base64.getDecoder().decode(good.signature());
        signature[5] ^= 1;
        assertThat(CheckpointSigner.verify(
                        key,
                        new SignedCheckpoint(
                                42, HEAD, good.signedAt(), Base64.getEncoder().encodeToString(signature))))
                .isFalse();
        assertThat(CheckpointSigner.verify(key, new SignedCheckpoint(42, HEAD, good.signedAt(), "not base64!")))
                .isFalse();
        CheckpointSigner other = CheckpointSigner.fromPrivateKey(newPrivateKey());
        assertThat(CheckpointSigner.verify(other.publicKey(), good)).isFalse();
    }

    @Test
    void aMissingOrMalformedKeyIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> CheckpointSigner.fromPrivateKey("")).hasMessageContaining("MUEJAM_CHECKPOINT_KEY");
        assertThatThrownBy(() -> CheckpointSigner.fromPrivateKey("c2hvcnQ="))
                .hasMessageContaining("MUEJAM_CHECKPOINT_KEY");
        assertThatThrownBy(() -> SealKey.fromBase64(null)).hasMessageContaining("MUEJAM_SEAL_KEY");
        assertThatThrownBy(() -> SealKey.fromBase64("c2hvcnQ=")).hasMessageContaining("MUEJAM_SEAL_KEY");
        assertThatThrownBy(() -> SealKey.fromBase64("***")).hasMessageContaining("MUEJAM_SEAL_KEY");
    }

    @Test
    void theFileStoreOnlyAppendsAndReadsBackWhatWasSigned(@TempDir Path dir) throws Exception {
        CheckpointSigner signer = CheckpointSigner.fromPrivateKey(newPrivateKey());
        FileCheckpointStore store = new FileCheckpointStore(dir.resolve("nested/checkpoints.jsonl"));
        assertThat(store.latest()).isEmpty();
        SignedCheckpoint first = signer.sign(10, HEAD, Instant.parse("2026-03-01T10:00:00Z"));
        SignedCheckpoint second = signer.sign(20, HEAD, Instant.parse("2026-03-01T10:01:00.5Z"));
        store.publish(first);
        store.publish(second);
        assertThat(store.all()).containsExactly(first, second);
        assertThat(new FileCheckpointStore(store.file()).latest()).contains(second);
        assertThat(List.copyOf(store.all()))
                .allMatch(checkpoint -> CheckpointSigner.verify(signer.publicKey(), checkpoint));
    }
}
