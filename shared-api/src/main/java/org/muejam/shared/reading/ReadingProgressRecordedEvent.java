package org.muejam.shared.reading;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A reader's position in a story: the chapter and the percent read of it. */
@Revision("1")
public record ReadingProgressRecordedEvent(
        @DataSubject UserId readerId, String storyId, String chapterId, BigDecimal percent, Instant recordedAt) {

    /** The aggregate identifier of one reader's progress in one story. */
    public static String streamOf(UserId readerId, String storyId) {
        return "progress:" + readerId.value() + ":" + storyId;
    }
}
