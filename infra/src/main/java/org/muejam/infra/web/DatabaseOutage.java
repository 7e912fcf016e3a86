package org.muejam.infra.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being out of reach for a moment (restarting, failing over, the
 * connection pool exhausted), however deep Axon or Spring wrapped it: such a request is answered 503 with
 * Retry-After, for the client to send again, never 500.
 */
public final class DatabaseOutage {

    public static final String PROBLEM_TYPE = "service-unavailable";
    /** Seconds a client should wait: a PostgreSQL restart or a pool's wait for a connection takes about that. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseOutage() {}

    public static boolean causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable at = failure; at != null && seen.put(at, Boolean.TRUE) == null; at = at.getCause()) {
            if (isOutage(at)) {
                return true;
            }
            if (at instanceof SQLException sql) {
                for (SQLException next = sql.getNextException();
                        next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (isOutage(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-57P03: shutting down, crashed, not yet accepting connections;
            // 53300: too many connections
            return state.startsWith("08")
                    || state.equals("57P01")
                    || state.equals("57P02")
                    || state.equals("57P03")
                    || state.equals("53300");
        }
        return false;
    }
}
