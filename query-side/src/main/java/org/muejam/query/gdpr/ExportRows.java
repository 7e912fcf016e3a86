package org.muejam.query.gdpr;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a read model as JSON-shaped maps for an export section, column names in lower camel case, timestamps as
 * instants and arrays as lists.
 */
public final class ExportRows {

    private ExportRows() {}

    public static List<Map<String, Object>> query(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(ExportRows::shaped).toList();
    }

    private static Map<String, Object> shaped(Map<String, Object> row) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        row.forEach((column, value) -> shaped.put(camel(column), value(value)));
        return shaped;
    }

    private static Object value(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Array array) {
            try {
                return Arrays.asList((Object[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read an array column", e);
            }
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
