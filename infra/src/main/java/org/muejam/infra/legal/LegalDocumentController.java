package org.muejam.infra.legal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.infra.web.YearWithin;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.FindActiveLegalDocumentQuery;
import org.muejam.shared.legal.LegalDocumentResponse;
import org.muejam.shared.legal.ListLegalDocumentVersionsQuery;
import org.muejam.shared.legal.PublishLegalDocumentCommand;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishing legal documents and reading their versions. */
@Tag(name = "legal-documents")
@RestController
@RequestMapping("/api/legal/documents")
public class LegalDocumentController {

    static final String VERSION_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public record PublishRequest(
            @NotBlank @Pattern(regexp = VERSION_PATTERN, message = "letters, digits, '.', '_' or '-', at most 64")
            String version,

            @NotBlank @Size(max = 200_000) String content,
            @NotNull @YearWithin LocalDate effectiveDate) {}

    public record PublishResponse(String type, String version, String content, LocalDate effectiveDate) {}

    private final CommandGateway commands;
    private final QueryGateway queries;

    public LegalDocumentController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(operationId = "publishLegalDocument", summary = "Publish a new version of a legal document")
    @ApiResponse(responseCode = "201", description = "Published")
    @ApiResponse(responseCode = "409", description = "Conflict: this version is already published")
    @PostMapping("/{type}")
    public ResponseEntity<PublishResponse> publish(@PathVariable String type, @Valid @RequestBody PublishRequest body) {
        DocumentType documentType = DocumentTypes.fromPath(type);
        commands.sendAndWait(
                new PublishLegalDocumentCommand(documentType, body.version(), body.content(), body.effectiveDate()));
        return ResponseEntity.created(URI.create("/api/legal/documents/" + type + "/versions"))
                .body(new PublishResponse(documentType.slug(), body.version(), body.content(), body.effectiveDate()));
    }

    @ReadsFrom(ReadModels.LEGAL_DOCUMENTS)
    @Operation(operationId = "getActiveLegalDocument", summary = "The version of a legal document in effect now")
    @GetMapping("/{type}")
    public LegalDocumentResponse active(@PathVariable String type) {
        return Queries.ask(
                        queries,
                        new FindActiveLegalDocumentQuery(DocumentTypes.fromPath(type)),
                        ResponseTypes.optionalInstanceOf(LegalDocumentResponse.class))
                .orElseThrow(() -> Problems.of(
                        HttpStatus.NOT_FOUND,
                        "legal-document-not-published",
                        "no version of " + type + " is in effect yet"));
    }

    @ReadsFrom(ReadModels.LEGAL_DOCUMENTS)
    @Operation(operationId = "listLegalDocumentVersions", summary = "Every published version of a legal document")
    @GetMapping("/{type}/versions")
    public List<LegalDocumentResponse> versions(@PathVariable String type) {
        return Queries.ask(
                queries,
                new ListLegalDocumentVersionsQuery(DocumentTypes.fromPath(type)),
                ResponseTypes.multipleInstancesOf(LegalDocumentResponse.class));
    }
}
