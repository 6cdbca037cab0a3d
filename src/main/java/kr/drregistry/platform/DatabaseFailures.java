package kr.drregistry.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means "the database is not reachable right now" (retry later) rather than a bug: a JDBC
 * connection failure anywhere in the cause chain (SQLSTATE class 08, a server shutting down or starting up, no
 * connection slot left), the connection pool's acquisition timeout, Hibernate's JDBCConnectionException.
 */
public final class DatabaseFailures {
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, in recovery)
            "53300", // too_many_connections
            "53100"); // disk_full

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                // Agroal: no connection could be had within quarkus.datasource.jdbc.acquisition-timeout
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
