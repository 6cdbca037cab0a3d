package kr.drregistry.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads an audit entry in a transaction of its own, detached, for tests that compare and forge entries. */
final class QuarkusTransactionReads {
    private QuarkusTransactionReads() {
    }

    static AuditEntry entry(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry e = AuditEntry.findById(seq);
            AuditEntry.getEntityManager().detach(e);
            return e;
        });
    }
}
