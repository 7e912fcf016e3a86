package org.muejam.shared.legal;

/** The version in effect of each document type that has one, as published so far. */
public record ListActiveLegalDocumentsQuery() {}
