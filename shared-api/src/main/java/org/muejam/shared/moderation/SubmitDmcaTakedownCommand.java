package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ContentType;

/**
 * A copyright holder's notice (17 U.S.C. § 512(c)(3)) about content on the platform. The use case has found the
 * content the infringing URL names ({@code contentType}, {@code contentId}; {@code storyId} is a chapter's story) and
 * its author; the aggregate checks the statutory fields. The two statements are {@code Boolean}, so that a missing
 * one is told apart from a false one.
 */
public record SubmitDmcaTakedownCommand(
        @TargetAggregateIdentifier String takedownId,
        String copyrightHolder,
        String contactEmail,
        String contactAddress,
        String contactPhone,
        String workDescription,
        String infringingUrl,
        Boolean goodFaithStatement,
        Boolean accuracyStatement,
        String signature,
        ContentType contentType,
        String contentId,
        String storyId,
        String authorId) {}
