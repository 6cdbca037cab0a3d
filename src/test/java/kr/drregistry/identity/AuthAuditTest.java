package kr.drregistry.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kr.drregistry.audit.AuditEntry;

/**
 * Failed API token authentications are audited without a flood filling the trail: the first 20 of a minute one by
 * one, the rest as one count with the addresses they came from.
 */
@QuarkusTest
class AuthAuditTest {
    @Inject
    AuthAudit authAudit;

    private static long lastSeq() {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry e = AuditEntry.find("order by seq desc").firstResult();
            return e == null ? 0L : e.seq;
        });
    }

    @Test
    void aFloodOfBadTokensIsCountedNotWrittenOneByOne() {
        for (int attempt = 0; attempt < 3; attempt++) {
            authAudit.flushAll();
            long before = lastSeq();
            Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 45; i++) {
                given().auth().oauth2("drr_flood" + i + "xxxxxxxxxxxxxxxxxxxxxxxx").header("X-Forwarded-For", "203.0.113." + (i % 3 + 1))
                        .get("/api/v1/me").then().statusCode(401);
            }
            authAudit.flushAll();
            if (!Instant.now().truncatedTo(ChronoUnit.MINUTES).equals(minute)) {
                continue; // the minute turned during the flood: the split is different, try again
            }
            List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("seq > ?1 order by seq", before));
            List<AuditEntry> single = entries.stream().filter(e -> e.action.equals("token.auth-failed")).toList();
            List<AuditEntry> counted = entries.stream().filter(e -> e.action.equals("auth.failures-counted") && "token".equals(e.subjectId)).toList();
            assertEquals(20, single.size(), "the first 20 one by one");
            assertTrue(single.get(0).detail.contains("203.0.113."), single.get(0).detail);
            assertTrue(single.get(0).subjectId.startsWith("drr_flood") && single.get(0).subjectId.length() <= 13, "only the token's start: " + single.get(0).subjectId);
            assertEquals(1, counted.size(), entries.stream().map(e -> e.action).toList().toString());
            assertTrue(counted.get(0).detail.startsWith("25 further failed token authentications"), counted.get(0).detail);
            assertTrue(counted.get(0).detail.contains("203.0.113.1 ×"), counted.get(0).detail);
            return;
        }
        throw new AssertionError("the minute turned three times in a row");
    }
}
