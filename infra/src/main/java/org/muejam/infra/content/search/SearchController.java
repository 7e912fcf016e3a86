package org.muejam.infra.content.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.privacy.application.PrivacyRules;
import org.muejam.infra.projections.AwaitPositionInterceptor;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.search.SearchPerformedEvent;
import org.muejam.shared.content.search.SearchResultClickedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Story search, open to everyone: full text with filters and sorts, title and tag suggestions, and the clicks on
 * results. A signed-in reader's NSFW preference applies; what they searched for is recorded as their personal data,
 * and of anyone else's search only the query's length and word count.
 */
@Tag(name = "search")
@RestController
@RequestMapping("/api/search")
public class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);
    private static final int SUGGESTIONS = 10;

    public record ClickRequest(
            @NotBlank @Size(max = SearchCriteria.MAX_QUERY) String query,
            @NotBlank @Size(max = 64) String storyId,
            @NotNull @Min(0) @Max(10_000) Integer position) {}

    private final StorySearch search;
    private final PopularQueries popular;
    private final QueryGateway queries;
    private final EventGateway events;
    private final SearchProperties properties;
    private final PrivacyRules privacy;

    public SearchController(
            StorySearch search,
            PopularQueries popular,
            QueryGateway queries,
            EventGateway events,
            SearchProperties properties,
            PrivacyRules privacy) {
        this.search = search;
        this.popular = popular;
        this.queries = queries;
        this.events = events;
        this.properties = properties;
        this.privacy = privacy;
    }

    /**
     * Published, visible stories matching the words (title first, then tags, description, author), filtered and
     * sorted; nextCursor asks for the next page. First pages are cached for a few minutes unless the request sends
     * X-Await-Position or Cache-Control: no-cache.
     */
    @Operation(operationId = "searchStories", summary = "Search published stories")
    @ReadsFrom(ReadModels.SEARCH)
    @GetMapping
    public StorySearch.Page search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String genre,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String minWords,
            @RequestParam(required = false) String maxWords,
            @RequestParam(required = false) String updatedAfter,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit,
            Principal principal,
            HttpServletRequest request) {
        NsfwPreference preference = preference(principal);
        SearchCriteria criteria = SearchCriteria.parse(
                q,
                genre,
                status,
                minWords,
                maxWords,
                updatedAfter,
                sort,
                cursor,
                limit,
                properties.pageSize(),
                preference);
        if (criteria.cursor() != null) {
            return search.search(criteria);
        }
        StorySearch.Page page = fresh(request)
                ? search.search(criteria)
                : popular.page(cacheKey(criteria), () -> search.search(criteria));
        if (analyticsAllowed(principal)) {
            record(criteria, page, searcher(principal));
        }
        return page;
    }

    @Operation(operationId = "suggestStories", summary = "Story titles and tags starting with what was typed")
    @ReadsFrom(ReadModels.SEARCH)
    @GetMapping("/suggest")
    public StorySearch.Suggestions suggest(@RequestParam(required = false) String q, Principal principal) {
        String prefix = SearchCriteria.text("q", q, 100);
        if (prefix == null) {
            throw SearchCriteria.invalid("q", "q must be the start of a title or tag");
        }
        return search.suggest(prefix, preference(principal), SUGGESTIONS);
    }

    @Operation(operationId = "recordSearchClick", summary = "Record that a search result was opened")
    @ApiResponse(responseCode = "202", description = "Recorded")
    @PostMapping("/clicks")
    public ResponseEntity<Void> click(@Valid @RequestBody ClickRequest body, Principal principal) {
        String query = SearchCriteria.text("query", body.query(), SearchCriteria.MAX_QUERY);
        String storyId = SearchCriteria.text("storyId", body.storyId(), 64);
        if (query == null || storyId == null) {
            throw SearchCriteria.invalid("query", "query and storyId must not be blank");
        }
        if (analyticsAllowed(principal)) {
            UserId searcher = searcher(principal);
            events.publish(asTheSearchers(
                    SearchResultClickedEvent.of(
                            searcher, SearchCriteria.normalise(query), storyId, body.position(), Instant.now()),
                    searcher));
        }
        return ResponseEntity.accepted().build();
    }

    /** A signed-in person who opted out of analytics (or withdrew its consent) is recorded no more, at once. */
    private boolean analyticsAllowed(Principal principal) {
        return privacy.analyticsAllowed(searcher(principal));
    }

    private static UserId searcher(Principal principal) {
        return principal == null ? null : UserId.of(principal.getName());
    }

    /**
     * A signed-in search is the searcher's own act and data: the event names them in its metadata, so it is among
     * the events by or about them (history, export). No address or client is recorded with a search.
     */
    private static EventMessage<?> asTheSearchers(Object event, UserId searcher) {
        EventMessage<?> message = GenericEventMessage.asEventMessage(event);
        return searcher == null
                ? message
                : message.andMetaData(Map.of(
                        AuditMetadata.ACTOR_ID, searcher.value(),
                        AuditMetadata.ACTOR_TYPE, "user",
                        AuditMetadata.SUBJECT_ID, searcher.value()));
    }

    /** The reader's choice; the default for someone not signed in, or while no preferences exist. */
    private NsfwPreference preference(Principal principal) {
        if (principal == null) {
            return NsfwPreference.DEFAULT;
        }
        try {
            ContentPreferencesResponse preferences = queries.query(
                            new FindContentPreferencesQuery(UserId.of(principal.getName())),
                            ContentPreferencesResponse.class)
                    .get(5, TimeUnit.SECONDS);
            return preferences == null || preferences.nsfw() == null ? NsfwPreference.DEFAULT : preferences.nsfw();
        } catch (NoHandlerForQueryException e) {
            return NsfwPreference.DEFAULT;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                return NsfwPreference.DEFAULT;
            }
            throw new IllegalStateException("could not read the reader's content preferences", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading content preferences", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("content preferences did not answer in time", e);
        }
    }

    private static boolean fresh(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return request.getHeader(AwaitPositionInterceptor.HEADER) != null
                || (cacheControl != null && cacheControl.toLowerCase().contains("no-cache"));
    }

    private static String cacheKey(SearchCriteria c) {
        return String.join(
                "\u0001",
                String.valueOf(c.query()),
                String.valueOf(c.genre()),
                String.valueOf(c.status()),
                String.valueOf(c.minWords()),
                String.valueOf(c.maxWords()),
                String.valueOf(c.updatedAfter()),
                c.sort().slug(),
                String.valueOf(c.limit()),
                c.nsfw().name());
    }

    /**
     * A first page is a search performed; its analytics must never fail the search. The text is kept only as a
     * signed-in searcher's personal data (decision 0043).
     */
    private void record(SearchCriteria c, StorySearch.Page page, UserId searcher) {
        try {
            events.publish(asTheSearchers(
                    SearchPerformedEvent.of(
                            searcher,
                            c.query() == null ? "" : c.query(),
                            filters(c),
                            c.sort().slug(),
                            page.total(),
                            Instant.now()),
                    searcher));
        } catch (RuntimeException e) {
            log.warn("search: could not record a search: {}", e.toString());
        }
    }

    private static String filters(SearchCriteria c) {
        StringBuilder named = new StringBuilder();
        if (c.genre() != null) named.append("genre ");
        if (c.status() != null) named.append("status ");
        if (c.minWords() != null) named.append("minWords ");
        if (c.maxWords() != null) named.append("maxWords ");
        if (c.updatedAfter() != null) named.append("updatedAfter ");
        return named.toString().strip();
    }
}
