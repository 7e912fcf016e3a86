package org.muejam.infra.content;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.command.shared.Queries;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.filters.AddBlocklistEntryCommand;
import org.muejam.shared.content.filters.BlocklistKind;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsResponse;
import org.muejam.shared.content.filters.FilterSensitivities;
import org.muejam.shared.content.filters.FindContentFilterSettingsQuery;
import org.muejam.shared.content.filters.ReplaceContentFilterSettingsCommand;
import org.muejam.shared.content.filters.Sensitivity;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The automated filters' configuration (administrators, like every /api/admin path); every change is an event. */
@Tag(name = "content-filters")
@RestController
@RequestMapping("/api/admin/content-filters")
public class ContentFilterController {

    static final int MAX_ENTRIES = ContentFilterSettings.MAX_ENTRIES;
    static final int MAX_ENTRY = ContentFilterSettings.MAX_ENTRY_LENGTH;

    public record SensitivityView(
            @NotNull Sensitivity profanity,
            @NotNull Sensitivity spam,
            @NotNull Sensitivity hateSpeech,
            @NotNull Sensitivity maliciousUrls,
            @NotNull Sensitivity pii) {}

    /** The whole configuration; a list left out of a replacement is empty. */
    public record ConfigurationView(
            @NotNull @Valid SensitivityView sensitivity,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> profanityWords,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> hateSpeechTerms,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> spamPhrases,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> blockedDomains,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> allowedDomains,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> allowedWords,
            @Size(max = MAX_ENTRIES) List<@NotBlank @Size(max = MAX_ENTRY) String> piiAllowList,
            Boolean builtIn,
            Instant updatedAt) {

        static ConfigurationView of(ContentFilterSettings s, boolean builtIn, Instant updatedAt) {
            FilterSensitivities v = s.sensitivity();
            return new ConfigurationView(
                    new SensitivityView(v.profanity(), v.spam(), v.hateSpeech(), v.maliciousUrls(), v.pii()),
                    s.profanityWords(),
                    s.hateSpeechTerms(),
                    s.spamPhrases(),
                    s.blockedDomains(),
                    s.allowedDomains(),
                    s.allowedWords(),
                    s.piiAllowList(),
                    builtIn,
                    updatedAt);
        }

        ContentFilterSettings settings() {
            SensitivityView v = sensitivity;
            return new ContentFilterSettings(
                    new FilterSensitivities(v.profanity(), v.spam(), v.hateSpeech(), v.maliciousUrls(), v.pii()),
                    profanityWords,
                    hateSpeechTerms,
                    spamPhrases,
                    blockedDomains,
                    allowedDomains,
                    allowedWords,
                    piiAllowList);
        }
    }

    public record BlocklistEntry(
            @NotNull BlocklistKind kind,
            @NotBlank @Size(max = MAX_ENTRY) String value) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FilterSettingsCache cache;

    public ContentFilterController(CommandGateway commands, QueryGateway queries, FilterSettingsCache cache) {
        this.commands = commands;
        this.queries = queries;
        this.cache = cache;
    }

    @ReadsFrom(ReadModels.CONTENT_FILTERS)
    @Operation(
            operationId = "getContentFilters",
            summary = "The automated filters' configuration: sensitivities, word lists, allow- and block-lists")
    @GetMapping
    public ConfigurationView get() {
        ContentFilterSettingsResponse current = Queries.ask(
                queries,
                FindContentFilterSettingsQuery.current(),
                ResponseTypes.instanceOf(ContentFilterSettingsResponse.class));
        return ConfigurationView.of(current.settings(), current.builtIn(), current.updatedAt());
    }

    @Operation(operationId = "replaceContentFilters", summary = "Replace the automated filters' whole configuration")
    @ApiResponse(responseCode = "200", description = "Stored; every filter uses it within seconds")
    @PutMapping
    public ConfigurationView replace(@Valid @RequestBody ConfigurationView body) {
        ContentFilterSettings settings = body.settings();
        commands.sendAndWait(new ReplaceContentFilterSettingsCommand(ContentFilterSettings.DEFAULT_ID, settings));
        cache.invalidate();
        return ConfigurationView.of(settings, false, null);
    }

    @Operation(
            operationId = "addContentFilterBlocklistEntry",
            summary = "Add a word (WORD) or a URL domain with its subdomains (URL_DOMAIN) to the block-lists")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = "Conflict: the block-list holds this entry already")
    @PostMapping("/blocklist")
    @ResponseStatus(HttpStatus.CREATED)
    public BlocklistEntry addToBlocklist(@Valid @RequestBody BlocklistEntry body) {
        commands.sendAndWait(new AddBlocklistEntryCommand(
                ContentFilterSettings.DEFAULT_ID, body.kind(), body.value().strip()));
        cache.invalidate();
        return new BlocklistEntry(body.kind(), body.value().strip());
    }
}
