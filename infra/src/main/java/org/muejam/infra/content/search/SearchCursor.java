package org.muejam.infra.content.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts: the last hit's sort values (Elasticsearch's search_after) with the sort they belong
 * to, as opaque base64url. A cursor that is not one, or belongs to another sort, is refused with 400.
 */
public record SearchCursor(SearchCriteria.Sort sort, List<FieldValue> after) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 1000;

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort.slug());
        ArrayNode values = node.putArray("a");
        for (FieldValue value : after) {
            if (value.isDouble()) {
                values.add(value.doubleValue());
            } else if (value.isLong()) {
                values.add(value.longValue());
            } else if (value.isString()) {
                values.add(value.stringValue());
            } else if (value.isBoolean()) {
                values.add(value.booleanValue());
            } else {
                values.addNull();
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, SearchCriteria.Sort expected) {
        if (cursor.length() > MAX_LENGTH) {
            throw SearchCriteria.invalid("cursor", "cursor is not one this search answered");
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
        } catch (Exception e) {
            throw SearchCriteria.invalid("cursor", "cursor is not one this search answered");
        }
        if (node == null
                || !node.path("s").isTextual()
                || !node.path("a").isArray()
                || node.path("a").size() != 2) {
            throw SearchCriteria.invalid("cursor", "cursor is not one this search answered");
        }
        if (!expected.slug().equals(node.path("s").asText())) {
            throw SearchCriteria.invalid("cursor", "cursor belongs to another sort; send the sort it came with");
        }
        List<FieldValue> after = new ArrayList<>();
        JsonNode first = node.path("a").get(0);
        JsonNode second = node.path("a").get(1);
        boolean firstFits = expected == SearchCriteria.Sort.RELEVANCE ? first.isNumber() : first.isIntegralNumber();
        if (!firstFits || !second.isTextual() || second.asText().length() > 200) {
            throw SearchCriteria.invalid("cursor", "cursor is not one this search answered");
        }
        after.add(
                first.isIntegralNumber() && expected != SearchCriteria.Sort.RELEVANCE
                        ? FieldValue.of(first.asLong())
                        : FieldValue.of(first.asDouble()));
        after.add(FieldValue.of(second.asText()));
        return new SearchCursor(expected, after);
    }
}
