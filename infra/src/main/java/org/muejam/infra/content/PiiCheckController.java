package org.muejam.infra.content;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.muejam.command.content.application.ScreeningPipeline;
import org.muejam.shared.content.filters.PiiType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a client warn its user about personal data before submitting: the kinds found, never the values. */
@Tag(name = "content-filters")
@RestController
@RequestMapping("/api/content")
public class PiiCheckController {

    /** As long as the longest text a submission may carry. */
    static final int MAX_TEXT = 200_000;

    public record PiiCheckRequest(
            @NotNull @Size(max = MAX_TEXT) String text) {}

    public record PiiCheckResponse(List<PiiType> types) {}

    private final ScreeningPipeline screening;

    public PiiCheckController(ScreeningPipeline screening) {
        this.screening = screening;
    }

    @Operation(
            operationId = "checkPersonalData",
            summary = "The kinds of personal data (EMAIL, PHONE, SSN, CREDIT_CARD) in a text, never the values")
    @PostMapping("/pii-check")
    public PiiCheckResponse check(@Valid @RequestBody PiiCheckRequest body) {
        return new PiiCheckResponse(List.copyOf(screening.personalData(body.text())));
    }
}
