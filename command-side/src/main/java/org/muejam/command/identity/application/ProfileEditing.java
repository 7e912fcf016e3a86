package org.muejam.command.identity.application;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.ProfilePersonalData;
import org.muejam.command.identity.ProfilePolicy;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.ProfileState;
import org.muejam.shared.identity.UpdateProfileCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * A person changes what their profile shows: display name, bio, avatar. A null field stays as it is; an empty bio
 * or avatar id takes it off (decision 0042). Only people with a verified address change it, as only they publish.
 * Each text is refused when it holds contact details or card and social security numbers (the profile personal-data
 * check, 400), then passes the content filters as any published text does (422 naming the rule); a text the filters
 * would only flag for a moderator is refused too, since a profile has no moderation case of its own. The avatar is
 * an image the person uploaded, like a story's cover.
 */
@Service
public class ProfileEditing {

    /** The change as sent: null for a field to leave as it is. */
    public record Changes(String displayName, String bio, String avatarImageId) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ContentScreening screening;
    private final ProfilePersonalData personalData;
    private final EmailVerificationStatus emails;

    public ProfileEditing(
            CommandGateway commands,
            QueryGateway queries,
            ContentScreening screening,
            ProfilePersonalData personalData,
            EmailVerificationStatus emails) {
        this.commands = commands;
        this.queries = queries;
        this.screening = screening;
        this.personalData = personalData;
        this.emails = emails;
    }

    /** Returns the profile as it now stands (null from a command bus that answers nothing). */
    public ProfileState update(UserId person, Changes changes) {
        VerifiedAuthorPolicy.requireVerifiedEmail(person, emails);
        String displayName =
                changes.displayName() == null ? null : ProfilePolicy.requireDisplayName(changes.displayName());
        String bio = changes.bio() == null ? null : ProfilePolicy.requireBio(changes.bio());
        String avatar =
                changes.avatarImageId() == null ? null : changes.avatarImageId().strip();
        ProfilePersonalData.requireNone(personalData, "displayName", displayName);
        ProfilePersonalData.requireNone(personalData, "bio", bio);
        if (avatar != null && !avatar.isEmpty()) {
            requireOwnImage(person, avatar);
        }
        return commands.sendAndWait(new UpdateProfileCommand(
                person, screened(person, "displayName", displayName), screened(person, "bio", bio), avatar));
    }

    /** The text as the filters let it be stored; refused when any filter refuses or flags it. */
    private String screened(UserId person, String field, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        ContentScreening.Screened screened =
                screening.screen(new ContentScreening.Submission(person, null, Map.of(field, text)));
        if (!screened.flags().isEmpty()) {
            ScreeningFinding finding = screened.flags().get(0);
            throw ContentRefusal.refused(
                    finding.rule(), "'" + field + "' was refused: a profile shows no text a moderator should review");
        }
        return screened.texts().get(field);
    }

    /** An avatar is an image its owner uploaded; any other id, someone else's image included, is unknown. */
    private void requireOwnImage(UserId person, String imageId) {
        boolean own = imageId.length() <= ProfilePolicy.MAX_IMAGE_ID
                && Queries.optional(queries, new FindImageQuery(imageId), ImageResponse.class)
                        .filter(image -> image.ownerId().equals(person.value()))
                        .isPresent();
        if (!own) {
            throw DomainRuleViolation.notFound(
                    "avatar-image-not-found",
                    "avatarImageId",
                    "the avatar is an image you uploaded (POST /api/images)");
        }
    }
}
