package org.muejam.query.legal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.muejam.query.legal.LegalDocumentReader.LegalDocumentView;
import org.muejam.query.shared.Problems;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/legal")
public class LegalQueryController {

    public record DocumentResponse(
            String type,
            String version,
            String content,
            LocalDate effectiveDate,
            java.time.Instant publishedAt,
            boolean active) {
        static DocumentResponse of(LegalDocumentView view) {
            return new DocumentResponse(
                    view.type(),
                    view.version(),
                    view.content(),
                    view.effectiveDate(),
                    view.publishedAt(),
                    view.active());
        }
    }

    public record PendingDocument(String type, String version) {}

    public record ConsentStatusResponse(List<PendingDocument> pending, List<ConsentReader.ConsentView> accepted) {}

    private final LegalDocumentReader documents;
    private final ConsentReader consents;
    private final ReadModelFreshness freshness;

    public LegalQueryController(LegalDocumentReader documents, ConsentReader consents, ReadModelFreshness freshness) {
        this.documents = documents;
        this.consents = consents;
        this.freshness = freshness;
    }

    @ReadsFrom(ReadModels.LEGAL_DOCUMENTS)
    @GetMapping("/documents/{type}")
    public DocumentResponse active(@PathVariable String type) {
        DocumentType documentType = DocumentTypes.fromPath(type);
        return documents
                .active(documentType)
                .map(DocumentResponse::of)
                .orElseThrow(() -> Problems.of(
                        HttpStatus.NOT_FOUND,
                        "legal-document-not-published",
                        "no version of " + type + " is in effect yet"));
    }

    @ReadsFrom(ReadModels.LEGAL_DOCUMENTS)
    @GetMapping("/documents/{type}/versions")
    public List<DocumentResponse> versions(@PathVariable String type) {
        return documents.versions(DocumentTypes.fromPath(type)).stream()
                .map(DocumentResponse::of)
                .toList();
    }

    /** The active documents that need the signed-in user's consent and have not had it (new versions included). */
    @ReadsFrom({ReadModels.LEGAL_DOCUMENTS, ReadModels.CONSENTS})
    @GetMapping("/consent/status")
    public ConsentStatusResponse status(Principal principal) {
        String userId = principal.getName();
        // a consent the person just gave shows here, whichever node projects it
        freshness.awaitAggregate(ReadModels.CONSENTS, userId);
        List<PendingDocument> pending = documents.active().entrySet().stream()
                .filter(e -> e.getKey().consentRequired())
                .filter(e -> !consents.hasAccepted(
                        userId, e.getKey().slug(), e.getValue().version()))
                .map(e -> new PendingDocument(e.getKey().slug(), e.getValue().version()))
                .toList();
        return new ConsentStatusResponse(pending, consents.history(userId));
    }
}
