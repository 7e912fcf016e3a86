package org.muejam.shared.gdpr;

/** One export, whoever asked for it (the caller checks the owner); empty when unknown. */
public record FindDataExportQuery(String exportId) {}
