package kr.drregistry.audit;

import java.util.UUID;

/**
 * Who an audit entry names: an account's user name and organisation. The identity feature's {@code Actor} is one; the
 * audit trail knows no more of it, so that identity may record its own events without a package cycle.
 */
public interface Accountable {
    String username();

    UUID organisationId();
}
