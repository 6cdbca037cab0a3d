package kr.drregistry.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.audit.AuditTrail;

/**
 * Failed authentications in the audit trail, without letting a flood fill it. Per kind ({@code password},
 * {@code token}) and minute, the first {@code drr.audit.auth-failures-per-minute} failures on this replica are
 * written one by one; the rest are only counted, and one entry {@code auth.failures-counted} per kind and minute says
 * how many there were and from which addresses (the ten most frequent). Each entry is its own transaction: a refused
 * request commits nothing else.
 */
@ApplicationScoped
public class AuthAudit {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @ConfigProperty(name = "drr.audit.auth-failures-per-minute", defaultValue = "20")
    int perMinute;
    @Inject
    AuditTrail audit;

    private final Map<String, Window> windows = new LinkedHashMap<>();

    private static final class Window {
        Instant minute;
        int written;
        int counted;
        final Map<String, Integer> sources = new LinkedHashMap<>();
    }

    private record Summary(String kind, Instant minute, int counted, String sources) {
    }

    /** One failed authentication of {@code kind} from {@code source}: written, or counted when the minute is full. */
    public void failure(String kind, String source, String actor, UUID organisationId, String action, String subjectType,
                        String subjectId, String detail) {
        List<Summary> due;
        boolean write;
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        synchronized (windows) {
            due = closeBefore(minute);
            Window w = windows.computeIfAbsent(kind, k -> new Window());
            if (w.minute == null) {
                w.minute = minute;
            }
            write = w.written < perMinute;
            if (write) {
                w.written++;
            } else {
                w.counted++;
                w.sources.merge(source, 1, Integer::sum);
            }
        }
        writeSummaries(due);
        if (write) {
            QuarkusTransaction.requiringNew().run(() -> audit.append(actor, organisationId, action, subjectType,
                    subjectId == null || subjectId.length() <= 100 ? subjectId : subjectId.substring(0, 100), detail));
        }
    }

    /** Writes the counts of the minutes that have passed (also called every minute, so a quiet replica reports too). */
    @Scheduled(every = "60s", delay = 60, delayUnit = java.util.concurrent.TimeUnit.SECONDS)
    public void flush() {
        List<Summary> due;
        synchronized (windows) {
            due = closeBefore(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        }
        writeSummaries(due);
    }

    /** Test hook: closes the current minute too and writes its count. */
    public void flushAll() {
        List<Summary> due;
        synchronized (windows) {
            due = closeBefore(Instant.MAX);
        }
        writeSummaries(due);
    }

    private List<Summary> closeBefore(Instant minute) {
        List<Summary> due = new ArrayList<>();
        for (Map.Entry<String, Window> e : windows.entrySet()) {
            Window w = e.getValue();
            if (w.minute != null && w.minute.isBefore(minute)) {
                if (w.counted > 0) {
                    String top = w.sources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                            .limit(10).map(s -> s.getKey() + " ×" + s.getValue()).collect(Collectors.joining(", "));
                    due.add(new Summary(e.getKey(), w.minute, w.counted, top));
                }
                w.minute = null;
                w.written = 0;
                w.counted = 0;
                w.sources.clear();
            }
        }
        return due;
    }

    private void writeSummaries(List<Summary> due) {
        for (Summary s : due) {
            QuarkusTransaction.requiringNew().run(() -> audit.append("system", null, "auth.failures-counted", "auth", s.kind(),
                    s.counted() + " further failed " + s.kind() + " authentications in the minute from " + s.minute()
                            + " (only the first " + perMinute + " are written one by one); from " + s.sources()));
        }
    }
}
