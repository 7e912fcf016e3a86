package org.muejam.shared.audit;

/** Whether the tamper-evident chain over the event log still holds, recomputed from the stored bytes. */
public record FindAuditChainStatusQuery() {}
