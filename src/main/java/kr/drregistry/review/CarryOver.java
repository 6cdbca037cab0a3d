package kr.drregistry.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Which reviewer dispositions are in force for one version of a filing. A version's own dispositions count first
 * (the latest per finding key). A finding without one of its own keeps the disposition made on an earlier version
 * while the same finding key ({@code rule|kind|id|scenario}) is still present: it is <em>carried over</em> from the
 * most recent earlier version that disposed it. A disposed finding whose key is gone from the version is
 * <em>resolved</em>, since the first later version that no longer had it. Plain Java, no framework.
 */
public final class CarryOver {
    private CarryOver() {
    }

    /** What a disposition needs for the carry-over: the version it was made on and the finding key. */
    public interface Disposed {
        int version();

        String findingKey();
    }

    /** A disposition of an earlier version whose finding is gone: resolved since version {@code since}. */
    public record Resolved<D extends Disposed>(D disposition, int since) {
    }

    /**
     * @param own      the version's own dispositions in force, by finding key
     * @param carried  dispositions of earlier versions still applying (key present, no own disposition), by key
     * @param resolved dispositions of earlier versions whose finding is gone, in the order they were made
     */
    public record Result<D extends Disposed>(Map<String, D> own, Map<String, D> carried, List<Resolved<D>> resolved) {
        /** The disposition in force for {@code key}: its own, else a carried-over one, else null. */
        public D inForce(String key) {
            D d = own.get(key);
            return d != null ? d : carried.get(key);
        }
    }

    /**
     * @param version  the version looked at
     * @param keysNow  the finding keys of that version
     * @param history  dispositions of the filing, oldest first (later versions' ones are ignored)
     * @param keysOf   the finding keys of an earlier version (asked only for versions between a resolved
     *                 disposition's version and {@code version}); may be null, then {@code since} is {@code version}
     */
    public static <D extends Disposed> Result<D> of(int version, Set<String> keysNow, List<D> history, IntFunction<Set<String>> keysOf) {
        Map<String, D> own = new LinkedHashMap<>();
        Map<String, D> earlier = new LinkedHashMap<>();
        for (D d : history) {
            if (d.version() == version) {
                own.put(d.findingKey(), d);
            } else if (d.version() < version) {
                D before = earlier.get(d.findingKey());
                // the most recent version wins; within a version, the later disposition (history is oldest first)
                if (before == null || d.version() >= before.version()) {
                    earlier.put(d.findingKey(), d);
                }
            }
        }
        Map<String, D> carried = new LinkedHashMap<>();
        List<Resolved<D>> resolved = new ArrayList<>();
        Map<Integer, Set<String>> cache = new java.util.HashMap<>();
        for (D d : earlier.values()) {
            String key = d.findingKey();
            if (keysNow.contains(key)) {
                if (!own.containsKey(key)) {
                    carried.put(key, d);
                }
            } else {
                int since = version;
                if (keysOf != null) {
                    for (int v = d.version() + 1; v < version; v++) {
                        Set<String> keys = cache.computeIfAbsent(v, keysOf::apply);
                        if (keys != null && !keys.contains(key)) {
                            since = v;
                            break;
                        }
                    }
                }
                resolved.add(new Resolved<>(d, since));
            }
        }
        return new Result<>(Map.copyOf(own), java.util.Collections.unmodifiableMap(carried), List.copyOf(resolved));
    }
}
