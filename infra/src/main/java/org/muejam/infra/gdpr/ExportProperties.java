package org.muejam.infra.gdpr;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Data exports (MUEJAM_EXPORT_*): the key that signs download links, how long a link is valid (at most 7 days, the
 * longest an S3 presigned URL can be), and how a link is delivered: {@code local} (a signed URL the platform serves)
 * or {@code s3} (a presigned URL of the blob store's bucket; needs MUEJAM_BLOB_STORE=s3).
 */
@Validated
@ConfigurationProperties("muejam.export")
public record ExportProperties(
        @NotBlank(
                message =
                        "set MUEJAM_EXPORT_SIGNING_KEY to the base64 of at least 32 random bytes (openssl rand -base64 32)")
        String signingKey,

        @NotNull @DefaultValue("7d") Duration linkValidity,
        @DefaultValue("local") String delivery) {

    public static final Duration MAX_LINK_VALIDITY = Duration.ofDays(7);

    @AssertTrue(message = "MUEJAM_EXPORT_LINK_VALIDITY must be more than 0 and at most 7d")
    public boolean isLinkValidityInRange() {
        return linkValidity == null
                || (!linkValidity.isNegative()
                        && !linkValidity.isZero()
                        && linkValidity.compareTo(MAX_LINK_VALIDITY) <= 0);
    }

    @AssertTrue(message = "MUEJAM_EXPORT_DELIVERY must be local or s3")
    public boolean isDeliveryKnown() {
        return "local".equals(delivery) || "s3".equals(delivery);
    }

    /** The signing key's bytes; start-up fails, naming the variable, when it is not base64 of 32 bytes or more. */
    public byte[] signingKeyBytes() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signingKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MUEJAM_EXPORT_SIGNING_KEY is not valid base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException(
                    "MUEJAM_EXPORT_SIGNING_KEY must decode to at least 32 bytes, not " + bytes.length);
        }
        return bytes;
    }
}
