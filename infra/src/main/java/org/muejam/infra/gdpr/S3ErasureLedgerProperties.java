package org.muejam.infra.gdpr;

import java.net.URI;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the erasure ledger goes when {@code MUEJAM_ERASURE_LEDGER_STORE=s3}: a bucket created with S3 Object Lock,
 * outside the database's backups, each erasure kept in compliance mode for {@code retention} after it happened (as
 * long as the oldest backup that could still be restored). Credentials come from the AWS SDK's default chain.
 *
 * @param bucket the bucket's name; required when the store is s3
 * @param prefix the start of every entry's key
 * @param region the bucket's region; when unset, the SDK's ({@code AWS_REGION}), or us-east-1 with an endpoint
 * @param endpoint another S3-compatible server instead of AWS
 * @param pathStyleAccess address the bucket in the path rather than the host name (most S3-compatible servers)
 * @param retention how long each entry cannot be deleted or overwritten, from the time of the erasure
 */
@Validated
@ConfigurationProperties("muejam.deletion.ledger-s3")
public record S3ErasureLedgerProperties(
        String bucket,
        @DefaultValue("erasure-ledger/") String prefix,
        String region,
        URI endpoint,
        boolean pathStyleAccess,
        @DefaultValue("10y") Period retention) {

    static final String BUCKET_VARIABLE = "MUEJAM_ERASURE_LEDGER_S3_BUCKET";

    public S3ErasureLedgerProperties {
        bucket = blankToNull(bucket);
        region = blankToNull(region);
        prefix = prefix == null ? "erasure-ledger/" : prefix;
        retention = retention == null ? Period.ofYears(10) : retention;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(
                    "MUEJAM_ERASURE_LEDGER_S3_RETENTION must be a positive period such as 10y");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
