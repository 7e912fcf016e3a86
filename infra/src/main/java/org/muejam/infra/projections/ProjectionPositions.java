package org.muejam.infra.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each projection stands, segment by segment: what this node is processing for the segments it holds, and
 * the committed token for every other segment (held by another node, or by nobody yet). Counting only the
 * segments a node holds would call a half-claimed projection up to date.
 */
@Component
public class ProjectionPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;

    public ProjectionPositions(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
    }

    /** A token's position in the log, -1 before the first event. */
    public static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** Where a projection stands: its slowest segment's position, -1 when a segment has none yet or none exist. */
    public static long slowest(List<TrackingToken> segments) {
        return segments.stream().mapToLong(ProjectionPositions::position).min().orElse(-1);
    }

    /** Every segment's token (null before its first event) per processor. */
    public Map<String, List<TrackingToken>> tokens() {
        Map<String, List<TrackingToken>> tokens = new LinkedHashMap<>();
        Map<String, Map<Integer, EventTrackerStatus>> held = new LinkedHashMap<>();
        jdbc.query(
                "SELECT processor_name, segment, token_type, token FROM token_entry ORDER BY processor_name, segment",
                rs -> {
                    String name = rs.getString(1);
                    EventTrackerStatus status =
                            held.computeIfAbsent(name, this::heldHere).get(rs.getInt(2));
                    TrackingToken token;
                    if (status != null && !status.isErrorState()) {
                        token = status.getTrackingToken();
                    } else {
                        String type = rs.getString(3);
                        byte[] bytes = rs.getBytes(4);
                        token = type == null || bytes == null
                                ? null
                                : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
                    }
                    tokens.computeIfAbsent(name, n -> new ArrayList<>()).add(token);
                });
        return tokens;
    }

    /**
     * The committed tokens of one processor's segments, as stored, whoever holds them: a replay's tokens are
     * {@link org.axonframework.eventhandling.ReplayToken}s here until the segment has passed the reset point (the
     * in-memory status of a segment held here unwraps them to their lower bound).
     */
    public List<TrackingToken> committed(String processorName) {
        return jdbc.query(
                "SELECT token_type, token FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (rs, row) -> {
                    String type = rs.getString(1);
                    byte[] bytes = rs.getBytes(2);
                    return type == null || bytes == null
                            ? null
                            : (TrackingToken) serializer.deserialize(
                                    new SimpleSerializedObject<>(bytes, byte[].class, type, null));
                },
                processorName);
    }

    private Map<Integer, EventTrackerStatus> heldHere(String processorName) {
        return processing
                .eventProcessor(processorName)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> ((StreamingEventProcessor) p).processingStatus())
                .orElse(Map.of());
    }
}
