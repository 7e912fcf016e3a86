package org.muejam.infra.content.preferences;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ChangeContentPreferencesCommand;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in reader's content preferences: what feeds, search and lists do with content marked NSFW. */
@Tag(name = "content-preferences")
@RestController
@RequestMapping("/api/me/content-preferences")
public class ContentPreferencesController {

    public record ContentPreferencesRequest(@NotNull NsfwPreference nsfw) {}

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ContentPreferencesController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(
            operationId = "changeContentPreferences",
            summary = "Choose whether NSFW content is shown, shown blurred, or hidden")
    @PutMapping
    public ContentPreferencesResponse change(@Valid @RequestBody ContentPreferencesRequest body, Principal principal) {
        commands.sendAndWait(new ChangeContentPreferencesCommand(UserId.of(principal.getName()), body.nsfw()));
        return new ContentPreferencesResponse(body.nsfw());
    }

    @ReadsFrom(ReadModels.CONTENT_PREFERENCES)
    @Operation(
            operationId = "getContentPreferences",
            summary = "The signed-in reader's content preferences (BLUR_NSFW until chosen)")
    @GetMapping
    public ContentPreferencesResponse get(Principal principal) {
        return Queries.ask(
                queries,
                new FindContentPreferencesQuery(UserId.of(principal.getName())),
                ResponseTypes.instanceOf(ContentPreferencesResponse.class));
    }
}
