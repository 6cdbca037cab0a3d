package kr.drregistry.topology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/**
 * An instance is not ready while its JIT warm-up runs (requests then share the cores with it), and is ready once the
 * warm-up is over, when it is off, or after {@code drr.topology.warm-up-ready-after} whatever happens.
 */
class WarmUpReadinessTest {
    private static final long SECOND = 1_000_000_000L;

    private static WarmUp warmUp(int components, Duration readyAfter) {
        WarmUp w = new WarmUp();
        w.config = new TopologyConfig() {
            @Override
            public long maxBodyBytes() {
                return 100_000_000;
            }

            @Override
            public int maxDepth() {
                return 64;
            }

            @Override
            public int maxYamlAliases() {
                return 50;
            }

            @Override
            public int warmUpComponents() {
                return components;
            }

            @Override
            public int warmUpRounds() {
                return 3;
            }

            @Override
            public Duration warmUpReadyAfter() {
                return readyAfter;
            }
        };
        return w;
    }

    @Test
    void notReadyWhileTheWarmUpRunsThenReady() {
        WarmUp w = warmUp(20_000, Duration.ofMinutes(2));
        assertEquals(Status.DOWN, w.readinessAt(5 * SECOND).getStatus(), "enabled, not begun");
        w.begin(10 * SECOND);
        HealthCheckResponse running = w.readinessAt(25 * SECOND);
        assertEquals(Status.DOWN, running.getStatus());
        assertEquals("running for 15 s", running.getData().orElseThrow().get("warm-up"));
        w.end();
        assertEquals(Status.UP, w.readinessAt(26 * SECOND).getStatus(), "over");
    }

    @Test
    void readyAfterTheLongestWaitEvenIfStillRunning() {
        WarmUp w = warmUp(20_000, Duration.ofSeconds(90));
        w.begin(SECOND);
        assertEquals(Status.DOWN, w.readinessAt(90 * SECOND).getStatus(), "89 s in");
        assertEquals(Status.UP, w.readinessAt(91 * SECOND).getStatus(), "90 s in");
    }

    @Test
    void readyAtOnceWhenTheWarmUpIsOff() {
        assertEquals(Status.UP, warmUp(0, Duration.ofMinutes(2)).readinessAt(SECOND).getStatus());
    }
}
