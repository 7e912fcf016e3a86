package org.muejam.infra.gdpr;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.muejam.command.gdpr.DeletionGrace;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Account deletion: {@code grace} ({@code MUEJAM_DELETION_GRACE}, an ISO-8601 duration such as P30D or PT10M; more
 * than zero, at most P90D) between a request and the erasure, and {@code ledger} ({@code MUEJAM_ERASURE_LEDGER}) the
 * file of the erasure ledger, which must live outside the database's backups, unless {@code ledgerStore}
 * ({@code MUEJAM_ERASURE_LEDGER_STORE}) is {@code s3}. Checked at start-up.
 */
@Validated
@ConfigurationProperties("muejam.deletion")
public record DeletionProperties(
        @NotNull @DefaultValue("P30D") Duration grace,
        @NotNull @DefaultValue("erasure-ledger.jsonl") Path ledger,
        @NotNull @DefaultValue("file") LedgerStore ledgerStore) {

    /** Where the erasure ledger is kept ({@code MUEJAM_ERASURE_LEDGER_STORE}). */
    public enum LedgerStore {
        /** the file {@code MUEJAM_ERASURE_LEDGER} */
        FILE,
        /** an S3 bucket with Object Lock ({@code MUEJAM_ERASURE_LEDGER_S3_*}) */
        S3
    }

    public DeletionProperties {
        new DeletionGrace(grace); // refuses a missing, zero, negative or too long grace with the reason
    }
}
