package org.muejam.infra.content.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.muejam.projections.content.search.StoryDocument;
import org.muejam.projections.content.search.StoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The story index in Elasticsearch. Searches read an alias; the index behind it is {@code <alias>-v<millis>}. A
 * fresh database (no row in search_index) gets a fresh index, since its projection starts from the first event. A
 * rebuild creates another index and records it as building: the projection fills it while the alias still points
 * at the old one (new events go to both), and {@link SearchRebuilds} swaps the alias atomically once the projection
 * has caught up. Documents go through the client's BulkIngester (requests rejected with 429 are retried with
 * exponential back-off); each write waits for its own item's result, so a refused document fails its event.
 */
@Component
public class ElasticsearchStoryIndex implements StoryIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchStoryIndex.class);

    private final ElasticsearchClient client;
    private final JdbcTemplate jdbc;
    /** The alias's row is written at once, whatever becomes of the batch that needed it. */
    private final TransactionTemplate ownTransaction;

    private final SearchProperties properties;
    private final Clock clock;
    /** Writes to a concrete index: the one a rebuild fills. */
    private final BulkIngester<CompletableFuture<Void>> toIndex;
    /** Writes through the alias, which must exist: never an index created by accident under its name. */
    private final BulkIngester<CompletableFuture<Void>> toAlias;

    private static final String PENDING = ElasticsearchStoryIndex.class.getName() + ".pending";

    /** Stories whose write failed in a batch: on the next attempt their write is awaited in their own handler. */
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    private volatile boolean ready;

    public ElasticsearchStoryIndex(
            ElasticsearchClient client,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            SearchProperties properties) {
        this.client = client;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.toIndex = ingester(client, false);
        this.toAlias = ingester(client, true);
    }

    private static BulkIngester<CompletableFuture<Void>> ingester(ElasticsearchClient client, boolean requireAlias) {
        return BulkIngester.of(b -> b.client(client)
                .maxOperations(500)
                .maxConcurrentRequests(2)
                .flushInterval(5, TimeUnit.MILLISECONDS)
                .backoffPolicy(BackoffPolicy.exponentialBackoff(50L, 8))
                // writes through the alias are what searches read: each bulk answers once they are searchable
                .globalSettings(g -> requireAlias ? g.requireAlias(true).refresh(Refresh.WaitFor) : g)
                .listener(new Completion()));
    }

    /** Sets the index up as the node starts, so the first event does not wait for it; Elasticsearch may be away. */
    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        try {
            ensureReady();
        } catch (RuntimeException e) {
            log.warn("search index not ready yet (the projection retries): {}", e.toString());
        }
    }

    /** The alias searches read. */
    public String alias() {
        return properties.index();
    }

    /**
     * Inside a projection's batch the story's latest document is kept and the batch's documents are sent together
     * and awaited once, before the batch commits (one write per story, so two versions of it never race in two
     * bulk requests). A refusal then fails the batch, and its story is remembered, so that on the batch's next
     * attempt that story's write is awaited in its own handler and its event is the one that fails, and is parked
     * in the end. Outside a batch (a parked letter retried) every write is awaited at once.
     */
    @Override
    public void put(StoryDocument document, boolean live) {
        ensureReady();
        UnitOfWork<?> batch =
                CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root() : null;
        if (batch instanceof BatchingUnitOfWork<?> && !suspects.contains(document.id())) {
            Map<String, StoryWrite> pending = batch.getOrComputeResource(PENDING, key -> {
                Map<String, StoryWrite> latest = new LinkedHashMap<>();
                batch.onPrepareCommit(u -> {
                    String building = building();
                    List<Pending> writes = new ArrayList<>();
                    latest.values().forEach(w -> writes.addAll(send(w.document(), w.live(), building)));
                    await(writes, true);
                });
                return latest;
            });
            StoryWrite earlier = pending.remove(document.id());
            pending.put(document.id(), new StoryWrite(document, live || (earlier != null && earlier.live())));
            return;
        }
        await(send(document, live, building()), false);
        suspects.remove(document.id());
    }

    private record StoryWrite(StoryDocument document, boolean live) {}

    private List<Pending> send(StoryDocument document, boolean live, String building) {
        List<Pending> writes = new ArrayList<>(2);
        if (building != null) {
            writes.add(new Pending(document.id(), write(toIndex, building, document)));
        }
        if (building == null || live) {
            writes.add(new Pending(document.id(), write(toAlias, alias(), document)));
        }
        return writes;
    }

    private record Pending(String storyId, CompletableFuture<Void> written) {}

    private void await(List<Pending> writes, boolean remember) {
        toIndex.flush();
        toAlias.flush();
        RuntimeException first = null;
        for (Pending write : writes) {
            try {
                write.written().get(properties.indexTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing story " + write.storyId(), e);
            } catch (ExecutionException | TimeoutException e) {
                if (remember) {
                    suspects.add(write.storyId());
                }
                if (first == null) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    first = cause instanceof RuntimeException r
                            ? r
                            : new IllegalStateException(
                                    "Elasticsearch did not take story " + write.storyId() + " in time", cause);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static CompletableFuture<Void> write(
            BulkIngester<CompletableFuture<Void>> ingester, String index, StoryDocument document) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Map<String, Object> source = source(document);
        ingester.add(op -> op.index(i -> i.index(index).id(document.id()).document(source)), written);
        return written;
    }

    /** The document as indexed: the completion field only for a story that can be found. */
    static Map<String, Object> source(StoryDocument d) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", d.id());
        source.put("title", d.title());
        source.put("description", d.description());
        source.put("tags", d.tags());
        source.put("genre", d.genre());
        source.put("language", d.language());
        source.put("status", d.status());
        source.put("nsfw", d.nsfw());
        source.put("authorId", d.authorId());
        source.put("authorName", d.authorName());
        source.put("wordCount", d.wordCount());
        source.put("updatedAt", d.updatedAt() == null ? null : d.updatedAt().toString());
        source.put(
                "publishedAt", d.publishedAt() == null ? null : d.publishedAt().toString());
        source.put("visible", d.visible());
        source.put("flagged", d.flagged());
        if (d.visible()) {
            List<String> inputs = new ArrayList<>();
            addInput(inputs, d.title());
            titleTails(d.title()).forEach(tail -> addInput(inputs, tail));
            if (d.tags() != null) {
                d.tags().forEach(tag -> addInput(inputs, tag));
            }
            if (!inputs.isEmpty()) {
                source.put(
                        "suggest",
                        Map.of("input", inputs, "contexts", Map.of("nsfw", List.of(String.valueOf(d.nsfw())))));
            }
        }
        return source;
    }

    /** At most this many later words of a title start a suggestion too. */
    static final int TITLE_WORD_STARTS = 8;

    /**
     * The title from each of its later words on ("The Lighthouse Keeper" gives "Lighthouse Keeper" and "Keeper"), so
     * that a reader typing any word of a title from its start is offered it; the completion suggester itself only
     * matches an input from its beginning.
     */
    static List<String> titleTails(String title) {
        List<String> tails = new ArrayList<>();
        if (title == null) {
            return tails;
        }
        java.util.regex.Matcher word =
                java.util.regex.Pattern.compile("\\s+(?=\\S)").matcher(title.strip());
        while (word.find() && tails.size() < TITLE_WORD_STARTS) {
            tails.add(title.strip().substring(word.end()));
        }
        return tails;
    }

    /** Completion inputs may not hold the suggester's reserved characters (U+0000, U+001E, U+001F). */
    private static void addInput(List<String> inputs, String text) {
        if (text == null) {
            return;
        }
        String clean = text.replaceAll("[\\u0000\\u001e\\u001f]", " ").strip();
        if (!clean.isEmpty() && !inputs.contains(clean)) {
            inputs.add(clean);
        }
    }

    @Override
    public void beginRebuild() {
        ensureReady();
        String fresh = createIndex();
        String live = liveIndex();
        String previous = building();
        jdbc.update("""
                UPDATE search_index SET building_index = ?,
                    rebuild_until = (SELECT coalesce(max(global_index), -1) FROM domain_event_entry)
                WHERE alias = ?""", fresh, alias());
        // the index the last swap retired, and a rebuild's that never finished: nothing reads them
        try {
            for (String index : indicesBehindPrefix()) {
                if (!index.equals(live) && !index.equals(fresh)) {
                    deleteQuietly(index);
                }
            }
        } catch (IOException e) {
            log.warn("search rebuild: could not list the retired indices: {}", e.toString());
        }
        log.info("search rebuild: filling {} (searches read {} until it has caught up)", fresh, live);
        if (previous != null) {
            log.info("search rebuild: {} replaced by {}", previous, fresh);
        }
    }

    /** The last event stored when the rebuild in progress began, or -1 when there was none or no rebuild runs. */
    public long rebuildUntil() {
        List<Long> rows = jdbc.queryForList(
                "SELECT coalesce(rebuild_until, -1) FROM search_index WHERE alias = ?", Long.class, alias());
        return rows.isEmpty() ? -1 : rows.get(0);
    }

    /** The index a rebuild is filling, or null. */
    public String building() {
        List<String> rows =
                jdbc.queryForList("SELECT building_index FROM search_index WHERE alias = ?", String.class, alias());
        return rows.isEmpty() ? null : rows.get(0);
    }

    String liveIndex() {
        List<String> rows =
                jdbc.queryForList("SELECT live_index FROM search_index WHERE alias = ?", String.class, alias());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Points the alias at the rebuilt index in one step; the index it leaves is deleted by the next rebuild. */
    public boolean swap(String rebuilt) {
        String old = liveIndex();
        try {
            // written without waiting for refreshes: searchable from the first search after the swap
            client.indices().refresh(r -> r.index(rebuilt));
            client.indices().updateAliases(u -> {
                if (old != null && !old.equals(rebuilt)) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(alias())));
                }
                return u.actions(a -> a.add(add -> add.index(rebuilt).alias(alias())));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int swapped = jdbc.update(
                "UPDATE search_index SET live_index = ?, building_index = NULL WHERE alias = ? AND building_index = ?",
                rebuilt,
                alias(),
                rebuilt);
        log.info("search rebuild: {} now answers searches (was {})", rebuilt, old);
        return swapped == 1;
    }

    /**
     * Makes sure the alias and its index exist. A database without a row here is a fresh one, whose projection
     * starts at the first event: it gets a fresh index, and indices an earlier database left behind the alias go.
     */
    public synchronized void ensureReady() {
        if (ready) {
            return;
        }
        try {
            if (liveIndex() == null) {
                String fresh = createIndex();
                Set<String> earlier = Set.copyOf(indicesBehindPrefix());
                client.indices().updateAliases(u -> {
                    for (String index : earlier) {
                        if (!index.equals(fresh)) {
                            u.actions(a -> a.remove(r -> r.index(index).alias(alias())));
                        }
                    }
                    return u.actions(a -> a.add(add -> add.index(fresh).alias(alias())));
                });
                earlier.stream().filter(index -> !index.equals(fresh)).forEach(this::deleteQuietly);
                Integer inserted = ownTransaction.execute(status -> jdbc.update(
                        "INSERT INTO search_index (alias, live_index) VALUES (?, ?) ON CONFLICT (alias) DO NOTHING",
                        alias(),
                        fresh));
                if (inserted == null || inserted == 0) {
                    throw new IllegalStateException("another node set up the search index at the same time; retry");
                }
            } else if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
                // Elasticsearch lost the index (a new cluster): start an empty one; a rebuild refills it
                String fresh = liveIndex();
                if (!client.indices().exists(e -> e.index(fresh)).value()) {
                    createIndex(fresh);
                }
                client.indices()
                        .updateAliases(u ->
                                u.actions(a -> a.add(add -> add.index(fresh).alias(alias()))));
                log.warn("search index {} was missing in Elasticsearch and was created empty: rebuild `search`", fresh);
            }
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is out of reach", e);
        }
    }

    private List<String> indicesBehindPrefix() throws IOException {
        return new ArrayList<>(client.indices()
                .get(g -> g.index(alias() + "-v*").allowNoIndices(true).ignoreUnavailable(true))
                .result()
                .keySet());
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            log.warn("could not delete the retired search index {}: {}", index, e.toString());
        }
    }

    private String createIndex() {
        String name = alias() + "-v" + clock.millis();
        while (true) {
            try {
                createIndex(name);
                return name;
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                name = alias() + "-v" + (clock.millis() + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void createIndex(String name) throws IOException {
        try (InputStream mapping = new ClassPathResource("search/stories-index.json").getInputStream()) {
            String body = new String(mapping.readAllBytes(), StandardCharsets.UTF_8);
            client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
        }
    }

    @PreDestroy
    void close() {
        toIndex.close();
        toAlias.close();
    }

    /** Completes each write with its own item's outcome. */
    private static final class Completion implements BulkListener<CompletableFuture<Void>> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<CompletableFuture<Void>> contexts) {}

        @Override
        public void afterBulk(
                long executionId, BulkRequest request, List<CompletableFuture<Void>> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                CompletableFuture<Void> written = contexts.get(i);
                if (written == null) {
                    continue;
                }
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item == null) {
                    written.completeExceptionally(new DocumentRefused("no answer for this document"));
                } else if (item.error() != null) {
                    written.completeExceptionally(new DocumentRefused(item.index() + ": "
                            + item.error().type() + ": " + item.error().reason()));
                } else {
                    written.complete(null);
                }
            }
        }

        @Override
        public void afterBulk(
                long executionId, BulkRequest request, List<CompletableFuture<Void>> contexts, Throwable failure) {
            for (CompletableFuture<Void> written : contexts) {
                if (written != null) {
                    written.completeExceptionally(new IllegalStateException("Elasticsearch bulk failed", failure));
                }
            }
        }
    }

    /** Elasticsearch refused a document: its event fails, and after its attempts it is parked. */
    public static final class DocumentRefused extends RuntimeException {
        DocumentRefused(String message) {
            super(message);
        }
    }
}
