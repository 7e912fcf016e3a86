package org.muejam.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs checkpoints of the chain head with the platform's Ed25519 key (MUEJAM_CHECKPOINT_KEY, base64 PKCS#8) and
 * checks them against its public key, which is derived from the private key or given on its own (base64 X.509) to
 * whoever only verifies.
 */
public final class CheckpointSigner {

    static final String VARIABLE = "MUEJAM_CHECKPOINT_KEY";
    static final String PUBLIC_VARIABLE = "MUEJAM_CHECKPOINT_PUBLIC_KEY";
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The signer for a base64 PKCS#8 Ed25519 private key, with a message naming the variable when it is not one. */
    public static CheckpointSigner fromPrivateKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("set " + VARIABLE + " to a base64 PKCS#8 Ed25519 private key "
                    + "(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)");
        }
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            // the JDK derives an Ed25519 key pair from the 32 random bytes it draws: hand it the seed we hold
            KeyPairGenerator pairs = KeyPairGenerator.getInstance(ALGORITHM);
            pairs.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            KeyPair pair = pairs.generateKeyPair();
            CheckpointSigner signer = new CheckpointSigner(key, pair.getPublic());
            SignedCheckpoint probe = signer.sign(0, HexFormat.of().formatHex(EventChain.GENESIS), Instant.EPOCH);
            if (!verify(pair.getPublic(), probe)) {
                throw new IllegalStateException(VARIABLE + ": the public key derived from it does not verify");
            }
            return signer;
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(VARIABLE + " is not a base64 PKCS#8 Ed25519 private key");
        }
    }

    /** A base64 X.509 (SubjectPublicKeyInfo) Ed25519 public key, as {@link #publicKeyBase64()} prints it. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException(PUBLIC_VARIABLE + " is not a base64 X.509 Ed25519 public key");
        }
    }

    public SignedCheckpoint sign(long position, String chainHead, Instant signedAt) {
        SignedCheckpoint unsigned = new SignedCheckpoint(position, chainHead, signedAt, "");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(unsigned.signedContent().getBytes(StandardCharsets.UTF_8));
            return new SignedCheckpoint(
                    position, chainHead, signedAt, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint", e);
        }
    }

    /** Whether the checkpoint's signature is the key's over its signed content. */
    public static boolean verify(PublicKey key, SignedCheckpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.signedContent().getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}
