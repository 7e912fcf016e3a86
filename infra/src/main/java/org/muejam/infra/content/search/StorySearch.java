package org.muejam.infra.content.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.infra.web.Problems;
import org.muejam.shared.content.NsfwPreference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Searches the stories behind the alias: full text with the title weighing most (multi_match, which takes the
 * words as words, never as query syntax), filters, a sort with the story id as tie-breaker, search_after pages,
 * and the reader's NSFW preference. Stories that are not visible are never returned.
 */
@Component
public class StorySearch {

    public static final String SUGGESTION = "stories";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StorySearch.class);
    private static final List<String> FIELDS = List.of("title^3", "tags^2", "description", "authorName");

    private final ElasticsearchClient client;
    private final ElasticsearchStoryIndex index;

    public StorySearch(ElasticsearchClient client, ElasticsearchStoryIndex index) {
        this.client = client;
        this.index = index;
    }

    public record Item(
            String id,
            String title,
            String authorName,
            String authorId,
            String description,
            String genre,
            List<String> tags,
            String language,
            String status,
            long wordCount,
            String updatedAt,
            String publishedAt,
            boolean nsfw,
            boolean blurred) {}

    public record Page(List<Item> items, String nextCursor, long total) {}

    public record Suggestion(String text, String storyId) {}

    public record Suggestions(List<Suggestion> suggestions) {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Page search(SearchCriteria criteria) {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .trackTotalHits(t -> t.enabled(true))
                    .size(criteria.limit())
                    .query(query(criteria));
            switch (criteria.sort()) {
                case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                case UPDATED -> s.sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
                case WORDS -> s.sort(o -> o.field(f -> f.field("wordCount").order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (criteria.cursor() != null) {
                s.searchAfter(criteria.cursor().after());
            }
            return s;
        });
        SearchResponse<Map> response = run(() -> client.search(request, Map.class));
        List<Item> items = new ArrayList<>();
        List<FieldValue> last = null;
        for (Hit<Map> hit : response.hits().hits()) {
            items.add(item(hit.source(), criteria.nsfw()));
            last = hit.sort();
        }
        String next = items.size() == criteria.limit() && last != null && last.size() == 2
                ? new SearchCursor(criteria.sort(), last).encode()
                : null;
        long total = response.hits().total() == null
                ? items.size()
                : response.hits().total().value();
        return new Page(items, next, total);
    }

    private static Query query(SearchCriteria c) {
        return Query.of(q -> q.bool(b -> {
            if (c.query() == null) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                b.must(m -> m.multiMatch(mm -> mm.query(c.query())
                        .fields(FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .lenient(true)));
            }
            b.filter(f -> f.term(t -> t.field("visible").value(true)));
            if (c.genre() != null) {
                b.filter(f -> f.term(t -> t.field("genre").value(c.genre())));
            }
            if (c.status() != null) {
                b.filter(f -> f.term(t -> t.field("status").value(c.status().name())));
            }
            if (c.minWords() != null || c.maxWords() != null) {
                b.filter(f -> f.range(r -> r.number(n -> {
                    n.field("wordCount");
                    if (c.minWords() != null) {
                        n.gte(c.minWords().doubleValue());
                    }
                    if (c.maxWords() != null) {
                        n.lte(c.maxWords().doubleValue());
                    }
                    return n;
                })));
            }
            if (c.updatedAfter() != null) {
                b.filter(f -> f.range(r ->
                        r.date(d -> d.field("updatedAt").gt(c.updatedAfter().toString()))));
            }
            if (c.nsfw() == NsfwPreference.HIDE_NSFW) {
                b.filter(f -> f.term(t -> t.field("nsfw").value(false)));
            }
            return b;
        }));
    }

    @SuppressWarnings("unchecked")
    private static Item item(Map<String, Object> source, NsfwPreference preference) {
        boolean nsfw = Boolean.TRUE.equals(source.get("nsfw"));
        Object tags = source.get("tags");
        Object words = source.get("wordCount");
        return new Item(
                (String) source.get("id"),
                (String) source.get("title"),
                (String) source.get("authorName"),
                (String) source.get("authorId"),
                (String) source.get("description"),
                (String) source.get("genre"),
                tags instanceof List<?> list ? (List<String>) list : List.of(),
                (String) source.get("language"),
                (String) source.get("status"),
                words instanceof Number n ? n.longValue() : 0,
                (String) source.get("updatedAt"),
                (String) source.get("publishedAt"),
                nsfw,
                nsfw && preference == NsfwPreference.BLUR_NSFW);
    }

    /** Titles and tags starting with the prefix; for a reader who hides NSFW, only from stories that are not. */
    public Suggestions suggest(String prefix, NsfwPreference preference, int size) {
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(0)
                .source(src -> src.filter(f -> f.includes("title", "tags")))
                .suggest(sg -> sg.suggesters(
                        SUGGESTION,
                        fs -> fs.prefix(prefix).completion(cs -> {
                            cs.field("suggest").size(size).skipDuplicates(true);
                            // Elasticsearch 8 wants the contexts named in every query
                            List<CompletionContext> nsfw = new ArrayList<>();
                            nsfw.add(CompletionContext.of(ctx -> ctx.context(c -> c.category("false"))));
                            if (preference != NsfwPreference.HIDE_NSFW) {
                                nsfw.add(CompletionContext.of(ctx -> ctx.context(c -> c.category("true"))));
                            }
                            return cs.contexts("nsfw", nsfw);
                        }))));
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = run(() -> client.search(request, Map.class));
        Set<Suggestion> found = new LinkedHashSet<>();
        var entries = response.suggest().get(SUGGESTION);
        if (entries != null) {
            for (var entry : entries) {
                for (CompletionSuggestOption<?> option : entry.completion().options()) {
                    found.add(new Suggestion(shown(option), option.id()));
                }
            }
        }
        return new Suggestions(List.copyOf(found));
    }

    /** A tag is shown as matched; a title matched from a later word is shown whole. */
    private static String shown(CompletionSuggestOption<?> option) {
        if (option.source() instanceof Map<?, ?> source) {
            Object tags = source.get("tags");
            if (tags instanceof List<?> list && list.contains(option.text())) {
                return option.text();
            }
            if (source.get("title") instanceof String title && !title.isBlank()) {
                return title.strip();
            }
        }
        return option.text();
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /** Elasticsearch out of reach, or failing, is 503 with Retry-After: the rest of the platform goes on. */
    private static <T> T run(Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            log.warn("search refused by Elasticsearch: {}", e.getMessage());
            throw unavailable(
                    "the search index refused the search (" + e.error().type() + "); retry shortly");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ErrorResponseException refusal) {
                throw refusal;
            }
            log.warn("search failed: {}", e.toString());
            throw unavailable("the search index is out of reach; retry shortly");
        }
    }

    private static ErrorResponseException unavailable(String detail) {
        ErrorResponseException problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", detail);
        problem.getHeaders().set("Retry-After", "5");
        return problem;
    }
}
