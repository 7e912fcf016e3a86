package org.muejam.command.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryLegalCatalog;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;

/** Registration accepts the active version of each document requiring consent, each once. */
class ConsentPolicyTest {

    private static final DocumentVersion TERMS = new DocumentVersion(DocumentType.TERMS_OF_SERVICE, "2026-02");
    private static final DocumentVersion PRIVACY = new DocumentVersion(DocumentType.PRIVACY_POLICY, "2026-01");

    private final InMemoryLegalCatalog catalog = new InMemoryLegalCatalog()
            .publish(DocumentType.TERMS_OF_SERVICE, "2026-01")
            .publish(TERMS)
            .publish(PRIVACY);

    @Test
    void theActiveVersionOfEveryRequiredDocumentIsEnough() {
        assertThatCode(() -> ConsentPolicy.requireRegistrationConsents(List.of(TERMS, PRIVACY), catalog))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingConsentNamesTheDocumentAndItsCurrentVersion() {
        assertThatThrownBy(() -> ConsentPolicy.requireRegistrationConsents(List.of(PRIVACY), catalog))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.problemType()).isEqualTo("consent-required");
                })
                .hasMessageContaining("terms-of-service 2026-02")
                .hasMessageNotContaining("privacy-policy");
        assertThatThrownBy(() -> ConsentPolicy.requireRegistrationConsents(null, catalog))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("consent-required"))
                .hasMessageContaining("terms-of-service 2026-02")
                .hasMessageContaining("privacy-policy 2026-01");
    }

    @Test
    void aDocumentAcceptedTwiceIsRefused() {
        DocumentVersion olderTerms = new DocumentVersion(DocumentType.TERMS_OF_SERVICE, "2026-01");
        assertThatThrownBy(
                        () -> ConsentPolicy.requireRegistrationConsents(List.of(TERMS, PRIVACY, olderTerms), catalog))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        v -> assertThat(v.problemType()).isEqualTo("duplicate-accepted-document"));
    }
}
