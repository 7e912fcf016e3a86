package org.muejam.command.legal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;

/** Which documents a person must accept, and whether a given acceptance is valid. */
public final class ConsentPolicy {

    private ConsentPolicy() {}

    /** Registration needs the active version of every document that requires consent. */
    public static void requireRegistrationConsents(Collection<DocumentVersion> accepted, LegalCatalog catalog) {
        requireEachTypeOnce(accepted);
        Map<DocumentType, String> active = catalog.activeVersions();
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            if (!type.consentRequired()) {
                continue;
            }
            String version = active.get(type);
            if (version == null) {
                throw DomainRuleViolation.conflict(
                        "legal-document-not-published",
                        "acceptedDocuments",
                        "registration is closed until a " + type.slug() + " is published");
            }
            if (accepted == null || !accepted.contains(new DocumentVersion(type, version))) {
                missing.add(type);
            }
        }
        if (!missing.isEmpty()) {
            throw DomainRuleViolation.invalid(
                    "consent-required",
                    "acceptedDocuments",
                    "you must accept the current version of: "
                            + missing.stream().map(DocumentType::slug).collect(Collectors.joining(", ")) + " (current: "
                            + missing.stream()
                                    .map(t -> t.slug() + " " + active.get(t))
                                    .collect(Collectors.joining(", "))
                            + ")");
        }
        for (DocumentVersion document : accepted) {
            requirePublished(document, catalog);
        }
    }

    /** A person accepts one version of a document: naming a type twice is a mistake, and would be stored twice. */
    private static void requireEachTypeOnce(Collection<DocumentVersion> accepted) {
        if (accepted == null) {
            return;
        }
        Set<DocumentType> seen = EnumSet.noneOf(DocumentType.class);
        for (DocumentVersion document : accepted) {
            if (!seen.add(document.type())) {
                throw DomainRuleViolation.invalid(
                        "duplicate-accepted-document",
                        "acceptedDocuments",
                        "each document may be accepted once; " + document.type().slug() + " is named more than once");
            }
        }
    }

    public static void requirePublished(DocumentVersion document, LegalCatalog catalog) {
        if (!catalog.exists(document.type(), document.version())) {
            throw DomainRuleViolation.notFound(
                    "legal-document-version-not-found",
                    "version",
                    document.type().slug() + " version " + document.version() + " has not been published");
        }
    }
}
