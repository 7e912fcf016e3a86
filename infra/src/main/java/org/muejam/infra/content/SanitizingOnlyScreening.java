package org.muejam.infra.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.content.ContentScreening;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * TEMPORARY stand-in for the content screening: it only sanitizes the texts that carry markup (a description, a
 * chapter's or a comment's content) with jsoup and lets everything through without findings. The filter pipeline
 * (profanity, spam, hate speech, malicious URLs, personal data) is the real {@link ContentScreening}; once its
 * adapter is a bean this one steps aside, and it is to be deleted with the pipeline's arrival. An auto-configuration
 * (listed in META-INF/spring), so the condition is weighed after every bean of the application is known.
 */
@AutoConfiguration
public class SanitizingOnlyScreening {

    /** The fields whose text is HTML; titles, tags and other short fields are plain text, escaped by whoever shows them. */
    static final Set<String> MARKUP_FIELDS = Set.of("description", "content");

    @Bean
    @ConditionalOnMissingBean(ContentScreening.class)
    ContentScreening sanitizingOnlyScreening(ContentSanitizer sanitizer) {
        return submission -> {
            Map<String, String> texts = new LinkedHashMap<>();
            submission
                    .texts()
                    .forEach((field, text) ->
                            texts.put(field, MARKUP_FIELDS.contains(field) ? sanitizer.sanitize(text) : text));
            return new ContentScreening.Screened(texts, List.of());
        };
    }
}
