package org.muejam.infra.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.privacy.application.PrivacyPreferences;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.ChangePrivacySettingsCommand;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.FindPrivacySettingsQuery;
import org.muejam.shared.privacy.PrivacySettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's privacy settings. A PUT changes the settings it names and keeps the others (a field left
 * out, or null, stays as it is); it answers all six as they now stand, and they hold from the very next request.
 */
@Tag(name = "privacy")
@RestController
@RequestMapping("/api/privacy/settings")
public class PrivacySettingsController {

    /** Any subset of the settings; an unknown value of a known field is 400 naming the field. */
    public record PrivacySettingsRequest(
            Audience profileVisibility,
            Audience readingHistoryVisibility,
            Boolean analyticsOptOut,
            Boolean marketingEmails,
            CommentPermission commentPermission,
            Boolean followerApprovalRequired) {}

    private final PrivacyPreferences preferences;
    private final QueryGateway queries;

    public PrivacySettingsController(PrivacyPreferences preferences, QueryGateway queries) {
        this.preferences = preferences;
        this.queries = queries;
    }

    @Operation(
            operationId = "getPrivacySettings",
            summary = "The signed-in person's privacy settings (the defaults until they change one)")
    @GetMapping
    public PrivacySettings get(Principal principal) {
        return Queries.ask(
                queries,
                new FindPrivacySettingsQuery(UserId.of(principal.getName())),
                ResponseTypes.instanceOf(PrivacySettings.class));
    }

    @Operation(
            operationId = "changePrivacySettings",
            summary = "Change some or all privacy settings; the others stay, and every change holds at once")
    @PutMapping
    public PrivacySettings change(@RequestBody PrivacySettingsRequest body, Principal principal) {
        return preferences.change(new ChangePrivacySettingsCommand(
                UserId.of(principal.getName()),
                body.profileVisibility(),
                body.readingHistoryVisibility(),
                body.analyticsOptOut(),
                body.marketingEmails(),
                body.commentPermission(),
                body.followerApprovalRequired()));
    }
}
