package org.muejam.command.moderation.application;

import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.moderation.DmcaInfringingUrl;
import org.muejam.command.moderation.DmcaNoticePolicy;
import org.muejam.command.moderation.DmcaTakedown;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.DecideDmcaTakedownCommand;
import org.muejam.shared.moderation.DmcaDecision;
import org.muejam.shared.moderation.DmcaIds;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.ReportDmcaCourtActionCommand;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;
import org.muejam.shared.text.EnumNames;
import org.springframework.stereotype.Service;

/**
 * DMCA notices: anyone submits one about content everybody can see (the URL names it, the read models give its
 * author); an agent (administrator) approves or rejects it once; the author of content taken down may file one
 * counter-notice. The claimant's data is recorded about the notice's own id, the subject an erasure names.
 */
@Service
public class DmcaTakedowns {

    public static final String URL_UNKNOWN = "infringing-url-unknown";

    /** What a claimant sends; the statements are null when missing. */
    public record Notice(
            String copyrightHolder,
            String contactEmail,
            String contactAddress,
            String contactPhone,
            String workDescription,
            String infringingUrl,
            Boolean goodFaithStatement,
            Boolean accuracyStatement,
            String signature) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CommandAttribution attribution;

    public DmcaTakedowns(CommandGateway commands, QueryGateway queries, CommandAttribution attribution) {
        this.commands = commands;
        this.queries = queries;
        this.attribution = attribution;
    }

    /** Returns the notice's id. */
    public String submit(Notice notice) {
        String takedownId = DmcaIds.random();
        SubmitDmcaTakedownCommand unresolved = command(takedownId, notice, null, null, null, null);
        // every missing element is named before the URL is looked at
        DmcaNoticePolicy.requireComplete(unresolved);
        Resolved content = resolve(notice.infringingUrl())
                .orElseThrow(
                        () -> DomainRuleViolation.invalid(
                                URL_UNKNOWN,
                                null,
                                "the infringing URL names no story, chapter, comment or whisper anyone can see on the platform"));
        attribution.about(UserId.of(takedownId));
        commands.sendAndWait(
                command(takedownId, notice, content.type(), content.id(), content.storyId(), content.authorId()));
        return takedownId;
    }

    public void decide(UserId agent, String takedownId, String decision, String reason) {
        DmcaDecision parsed = parseDecision(decision);
        requireKnownId(takedownId);
        commands.sendAndWait(new DecideDmcaTakedownCommand(takedownId, parsed, agent, reason));
    }

    public void counterNotice(UserId author, String takedownId, String statement, String signature) {
        requireKnownId(takedownId);
        commands.sendAndWait(new FileDmcaCounterNoticeCommand(takedownId, author, statement, signature));
    }

    /** An agent records that the claimant went to court: the counter-noticed content stays down. */
    public void courtAction(UserId agent, String takedownId, String note) {
        requireKnownId(takedownId);
        commands.sendAndWait(new ReportDmcaCourtActionCommand(takedownId, agent, note));
    }

    private record Resolved(ContentType type, String id, String storyId, String authorId) {}

    private Optional<Resolved> resolve(String url) {
        Optional<DmcaInfringingUrl.Target> target = DmcaInfringingUrl.parse(url);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        DmcaInfringingUrl.Target t = target.get();
        return switch (t.type()) {
            case STORY -> publicStory(t.id()).map(s -> new Resolved(ContentType.STORY, s.id(), null, s.authorId()));
            case CHAPTER ->
                Queries.optional(queries, new FindChapterQuery(t.storyId(), t.id()), ChapterResponse.class)
                        .flatMap(chapter -> publicStory(chapter.storyId())
                                .map(s -> new Resolved(ContentType.CHAPTER, chapter.id(), s.id(), s.authorId())));
            case COMMENT ->
                Queries.optional(queries, new FindCommentQuery(t.id()), CommentResponse.class)
                        .filter(c -> c.visibleTo(null))
                        .map(c -> new Resolved(ContentType.COMMENT, c.id(), null, c.authorId()));
            case WHISPER ->
                Queries.optional(queries, new FindWhisperQuery(t.id()), WhisperResponse.class)
                        .filter(w -> w.visibleTo(null))
                        .map(w -> new Resolved(ContentType.WHISPER, w.id(), null, w.authorId()));
            default -> Optional.empty();
        };
    }

    /** A story anyone can read: published, not taken down, its author not shadowbanned. */
    private Optional<StoryResponse> publicStory(String storyId) {
        return Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                .filter(s -> s.status() != StoryStatus.DRAFT && s.visibleTo(null));
    }

    private static SubmitDmcaTakedownCommand command(
            String takedownId, Notice notice, ContentType type, String contentId, String storyId, String authorId) {
        return new SubmitDmcaTakedownCommand(
                takedownId,
                notice.copyrightHolder(),
                notice.contactEmail(),
                notice.contactAddress(),
                notice.contactPhone(),
                notice.workDescription(),
                notice.infringingUrl(),
                notice.goodFaithStatement(),
                notice.accuracyStatement(),
                notice.signature(),
                type,
                contentId,
                storyId,
                authorId);
    }

    private static DmcaDecision parseDecision(String decision) {
        return EnumNames.parse(DmcaDecision.class, decision)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-decision", "decision", "the decision is APPROVE or REJECT"));
    }

    private static void requireKnownId(String takedownId) {
        if (!DmcaIds.isValid(takedownId)) {
            throw DmcaTakedown.notFound();
        }
    }
}
