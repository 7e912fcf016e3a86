package org.muejam.command.reading;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.AddStoryToReadingListCommand;
import org.muejam.shared.reading.CreateReadingListCommand;
import org.muejam.shared.reading.DeleteReadingListCommand;
import org.muejam.shared.reading.ReadingIds;
import org.muejam.shared.reading.ReadingListCreatedEvent;
import org.muejam.shared.reading.ReadingListDeletedEvent;
import org.muejam.shared.reading.ReadingListStoryAddedEvent;
import org.muejam.shared.reading.ReadingListStoryRemovedEvent;
import org.muejam.shared.reading.ReadingListUpdatedEvent;
import org.muejam.shared.reading.RemoveStoryFromReadingListCommand;
import org.muejam.shared.reading.UpdateReadingListCommand;

/**
 * A reading list ({@code list:<uuid>}): its owner's named, private or public, set of up to 500 stories. Only the
 * owner changes it; to anyone else, and to everyone once deleted, it is unknown. A command that changes nothing
 * stores nothing. What the screening flagged in a public list's texts is recorded beside them.
 */
@Aggregate
public class ReadingList {

    @AggregateIdentifier
    private String listId;

    private UserId owner;
    private String name;
    private String description;
    private boolean isPublic;
    private final Set<String> stories = new HashSet<>();
    private boolean deleted;

    protected ReadingList() {
        // for Axon
    }

    @CommandHandler
    public ReadingList(CreateReadingListCommand command, Clock clock, ReadingListQuota quota) {
        if (!ReadingIds.isList(command.listId())) {
            throw DomainRuleViolation.invalid("invalid-reading-list-id", null, "a reading list id is list:<uuid>");
        }
        if (command.ownerId() == null) {
            throw DomainRuleViolation.invalid("owner-required", null, "a reading list has an owner");
        }
        String checkedName = ReadingListPolicy.requireName(command.name());
        String checkedDescription = ReadingListPolicy.requireDescription(command.description());
        if (!quota.take(command.ownerId(), ReadingListPolicy.MAX_LISTS)) {
            throw ReadingListPolicy.tooManyLists();
        }
        Instant now = clock.instant();
        apply(new ReadingListCreatedEvent(
                command.listId(), command.ownerId().value(), checkedName, checkedDescription, command.isPublic(), now));
        flag(command.listId(), command.ownerId(), command.flags(), now);
    }

    @CommandHandler
    public void handle(UpdateReadingListCommand command, Clock clock) {
        requireOwner(command.requestedBy());
        String checkedName = ReadingListPolicy.requireName(command.name());
        String checkedDescription = ReadingListPolicy.requireDescription(command.description());
        if (checkedName.equals(name) && checkedDescription.equals(description) && command.isPublic() == isPublic) {
            return;
        }
        Instant now = clock.instant();
        apply(new ReadingListUpdatedEvent(
                listId, owner.value(), checkedName, checkedDescription, command.isPublic(), now));
        flag(listId, owner, command.flags(), now);
    }

    @CommandHandler
    public void handle(AddStoryToReadingListCommand command, Clock clock) {
        requireOwner(command.requestedBy());
        if (!ContentIds.isValid(ContentIds.STORY, command.storyId())) {
            throw DomainRuleViolation.invalid("invalid-story-id", "storyId", "a story id is story:<uuid>");
        }
        if (stories.contains(command.storyId())) {
            return;
        }
        if (stories.size() >= ReadingListPolicy.MAX_STORIES) {
            throw ReadingListPolicy.listFull();
        }
        apply(new ReadingListStoryAddedEvent(listId, command.storyId(), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveStoryFromReadingListCommand command, Clock clock) {
        requireOwner(command.requestedBy());
        if (!stories.contains(command.storyId())) {
            return;
        }
        apply(new ReadingListStoryRemovedEvent(listId, command.storyId(), clock.instant()));
    }

    @CommandHandler
    public void handle(DeleteReadingListCommand command, Clock clock, ReadingListQuota quota) {
        requireOwner(command.requestedBy());
        quota.giveBack(owner);
        apply(new ReadingListDeletedEvent(listId, owner.value(), clock.instant()));
    }

    private void requireOwner(UserId requester) {
        if (deleted) {
            throw ReadingListPolicy.notFound();
        }
        ReadingListPolicy.requireOwner(owner, requester);
    }

    private static void flag(String id, UserId owner, List<ScreeningFinding> flags, Instant now) {
        for (ScreeningFinding finding : flags == null ? List.<ScreeningFinding>of() : flags) {
            apply(new ContentFlaggedEvent(ContentType.READING_LIST, id, owner.value(), finding, now));
        }
    }

    @EventSourcingHandler
    void on(ReadingListCreatedEvent event) {
        listId = event.listId();
        owner = UserId.of(event.ownerId());
        name = event.name();
        description = event.description();
        isPublic = event.isPublic();
    }

    @EventSourcingHandler
    void on(ReadingListUpdatedEvent event) {
        name = event.name();
        description = event.description();
        isPublic = event.isPublic();
    }

    @EventSourcingHandler
    void on(ReadingListStoryAddedEvent event) {
        stories.add(event.storyId());
    }

    @EventSourcingHandler
    void on(ReadingListStoryRemovedEvent event) {
        stories.remove(event.storyId());
    }

    @EventSourcingHandler
    void on(ReadingListDeletedEvent event) {
        deleted = true;
    }
}
