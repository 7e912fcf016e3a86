package org.muejam.infra.content.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.muejam.projections.content.search.CachedSearches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * First pages of searches kept in Redis for a while (5 minutes by default), so that a popular query is answered
 * without asking Elasticsearch again. Redis is a convenience here: when it fails the search is answered from the
 * index, and Redis is left alone for a few seconds (fail open, as the rate limits do, decision 0007).
 */
@Component
public class PopularQueries implements CachedSearches {

    private static final Logger log = LoggerFactory.getLogger(PopularQueries.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(10);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final SearchProperties properties;
    private volatile long pausedUntil = System.nanoTime();

    public PopularQueries(StringRedisTemplate redis, ObjectMapper json, SearchProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    /** The cached page of the search, or the search's answer, cached for next time. */
    public StorySearch.Page page(String key, Supplier<StorySearch.Page> search) {
        String redisKey = prefix() + digest(key);
        Optional<StorySearch.Page> cached = read(redisKey);
        if (cached.isPresent()) {
            return cached.get();
        }
        StorySearch.Page page = search.get();
        write(redisKey, page);
        return page;
    }

    /**
     * Drops every kept page of this index's searches (an erasure: pages answered before it show the author). Fails
     * open like the rest: when Redis does not answer, its pages end with their time to live.
     */
    @Override
    public void forgetAll() {
        try (Cursor<String> keys = redis.scan(
                ScanOptions.scanOptions().match(prefix() + "*").count(1000).build())) {
            List<String> batch = new ArrayList<>();
            while (keys.hasNext()) {
                batch.add(keys.next());
                if (batch.size() == 1000) {
                    redis.delete(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                redis.delete(batch);
            }
        } catch (Exception e) {
            failed(e);
        }
    }

    private String prefix() {
        return "muejam:search:" + properties.index() + ":";
    }

    private Optional<StorySearch.Page> read(String key) {
        if (paused()) {
            return Optional.empty();
        }
        try {
            String value = redis.opsForValue().get(key);
            return value == null ? Optional.empty() : Optional.of(json.readValue(value, StorySearch.Page.class));
        } catch (Exception e) {
            failed(e);
            return Optional.empty();
        }
    }

    private void write(String key, StorySearch.Page page) {
        if (paused() || properties.cacheTtl().isZero()) {
            return;
        }
        try {
            redis.opsForValue().set(key, json.writeValueAsString(page), properties.cacheTtl());
        } catch (Exception e) {
            failed(e);
        }
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntil < 0;
    }

    private void failed(Exception e) {
        pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
        log.warn(
                "search cache: Redis failed, searching without it for {} s: {}",
                PAUSE_AFTER_FAILURE.toSeconds(),
                e.toString());
    }

    private static String digest(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
