package org.muejam.infra.audit;

import jakarta.validation.constraints.AssertTrue;
import java.net.URI;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.validation.annotation.Validated;

/**
 * Where signed checkpoints go when {@code MUEJAM_CHECKPOINT_STORE=s3}: a bucket created with S3 Object Lock,
 * each checkpoint kept in compliance mode for {@code retention} after it was signed. Credentials come from the AWS
 * SDK's default chain ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, a profile, or the instance's role).
 *
 * @param bucket the bucket's name; required when the store is s3
 * @param prefix the start of every checkpoint's key
 * @param region the bucket's region; when unset, the SDK's ({@code AWS_REGION}), or us-east-1 with an endpoint
 * @param endpoint another S3-compatible server instead of AWS
 * @param pathStyleAccess address the bucket in the path rather than the host name (most S3-compatible servers)
 * @param retention how long each checkpoint cannot be deleted or overwritten, from the time it was signed
 */
@Validated
@ConfigurationProperties("muejam.audit.checkpoints.s3")
public record S3CheckpointProperties(
        String bucket,
        @DefaultValue("audit-checkpoints/") String prefix,
        String region,
        URI endpoint,
        boolean pathStyleAccess,
        @DefaultValue("7y") Period retention) {

    static final String BUCKET_VARIABLE = "MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET";

    public S3CheckpointProperties {
        prefix = prefix == null ? "audit-checkpoints/" : prefix;
        retention = retention == null ? Period.ofYears(7) : retention;
    }

    /**
     * The same settings from environment variables, for tools that run without Spring (the offline audit check):
     * {@code MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET}, {@code _PREFIX}, {@code _REGION}, {@code _ENDPOINT},
     * {@code _PATH_STYLE_ACCESS} and {@code _RETENTION} (such as {@code 7y} or {@code 30d}).
     */
    public static S3CheckpointProperties fromEnvironment(Map<String, String> env) {
        String base = "MUEJAM_AUDIT_CHECKPOINTS_S3_";
        String endpoint = blankToNull(env.get(base + "ENDPOINT"));
        String retention = blankToNull(env.get(base + "RETENTION"));
        return new S3CheckpointProperties(
                blankToNull(env.get(base + "BUCKET")),
                blankToNull(env.get(base + "PREFIX")),
                blankToNull(env.get(base + "REGION")),
                endpoint == null ? null : URI.create(endpoint),
                Boolean.parseBoolean(env.get(base + "PATH_STYLE_ACCESS")),
                retention == null ? null : PeriodStyle.detectAndParse(retention));
    }

    @AssertTrue(message = "MUEJAM_AUDIT_CHECKPOINTS_S3_RETENTION must be a positive period such as 7y or 30d")
    public boolean isRetentionPositive() {
        return retention == null || !(retention.isNegative() || retention.isZero());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
