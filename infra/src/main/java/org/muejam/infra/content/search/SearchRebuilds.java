package org.muejam.infra.content.search;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.muejam.infra.projections.ProjectionPositions;
import org.muejam.shared.readmodels.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes a rebuild of the search projection: once every segment of {@code search} has passed the position it was
 * reset at (no replay token left in the token store, none replaying here), the fresh index has every story and the
 * alias is swapped to it. Until then searches read the old index.
 */
@Component
public class SearchRebuilds {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuilds.class);

    private final ElasticsearchStoryIndex index;
    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;

    public SearchRebuilds(
            ElasticsearchStoryIndex index, EventProcessingConfiguration processing, ProjectionPositions positions) {
        this.index = index;
        this.processing = processing;
        this.positions = positions;
    }

    @Scheduled(fixedDelayString = "${muejam.search.rebuild-check:200ms}")
    public void swapWhenCaughtUp() {
        try {
            String building = index.building();
            if (building != null && caughtUp()) {
                index.swap(building);
            }
        } catch (RuntimeException e) {
            log.warn("search rebuild: could not finish yet: {}", e.toString());
        }
    }

    private boolean caughtUp() {
        boolean replayingHere = processing
                .eventProcessor(ReadModels.SEARCH)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> ((StreamingEventProcessor) p).isReplaying())
                .orElse(false);
        if (replayingHere) {
            return false;
        }
        // the committed tokens (a held segment's in-memory status hides its ReplayToken), every segment past the last
        // event stored when the rebuild began: a processor just reset and started must not pass for one that is done;
        // the documents of a batch are written before its token is committed
        long until = index.rebuildUntil();
        List<TrackingToken> tokens = positions.committed(ReadModels.SEARCH);
        return !tokens.isEmpty()
                && tokens.stream()
                        .allMatch(token -> !(token instanceof ReplayToken)
                                && (until < 0
                                        || (token != null && token.position().orElse(-1) >= until)));
    }
}
