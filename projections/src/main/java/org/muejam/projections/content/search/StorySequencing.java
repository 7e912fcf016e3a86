package org.muejam.projections.content.search;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.StoryStatusChangedEvent;
import org.muejam.shared.content.StoryUpdatedEvent;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentRestoredEvent;

/**
 * The search projection handles one story's events in order, whichever aggregate stored them (a flag raised by the
 * screening, a chapter): the sequence is the story id, so they share a segment and, when one is parked, a queue.
 */
public class StorySequencing implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy fallback = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        String story = storyOf(payload);
        return story != null ? "story:" + story : fallback.getSequenceIdentifierFor(event);
    }

    static String storyOf(Object payload) {
        if (payload instanceof StoryCreatedEvent e) {
            return e.storyId();
        }
        if (payload instanceof StoryUpdatedEvent e) {
            return e.storyId();
        }
        if (payload instanceof StoryPublishedEvent e) {
            return e.storyId();
        }
        if (payload instanceof StoryStatusChangedEvent e) {
            return e.storyId();
        }
        if (payload instanceof ChapterAddedEvent e) {
            return e.storyId();
        }
        if (payload instanceof ContentFlaggedEvent e && e.contentType() == ContentType.STORY) {
            return e.contentId();
        }
        if (payload instanceof ContentHiddenEvent e && e.contentType() == ContentType.STORY) {
            return e.contentId();
        }
        if (payload instanceof ContentRestoredEvent e && e.contentType() == ContentType.STORY) {
            return e.contentId();
        }
        if (payload instanceof ContentDeletedEvent e && e.contentType() == ContentType.STORY) {
            return e.contentId();
        }
        return null;
    }
}
