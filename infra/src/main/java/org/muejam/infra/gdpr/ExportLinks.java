package org.muejam.infra.gdpr;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed download links of exports, served by the platform: {@code /api/gdpr/export/{id}/download?expires=<epoch
 * seconds>&signature=<HMAC-SHA256>}, the signature over the export's id and the end of the link, so neither can be
 * changed. Anyone holding the link may download until it ends, as with a presigned S3 URL.
 */
public final class ExportLinks {

    public static final String PATH = "/api/gdpr/export/";

    private final byte[] key;
    private final String publicUrl;

    public ExportLinks(byte[] key, URI publicUrl) {
        this.key = key.clone();
        this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
    }

    /** The link to the export's file, valid until {@code expiresAt}. */
    public URI link(String exportId, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        return URI.create(publicUrl + PATH
                + URLEncoder.encode(exportId, StandardCharsets.UTF_8).replace("%3A", ":") + "/download?expires="
                + expires + "&signature=" + signature(exportId, expires));
    }

    /** Whether the signature is the one this platform made for this export and end (compared in constant time). */
    public boolean signed(String exportId, long expires, String signature) {
        if (signature == null || exportId == null) {
            return false;
        }
        return MessageDigest.isEqual(
                signature(exportId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    String signature(String exportId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(
                    ("muejam-export-download\n" + exportId + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
