package kr.drregistry.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A restore loads every table after the tables its foreign keys point at. */
class ForeignKeyOrderTest {
    @Test
    void parentsComeBeforeTheirChildren() {
        Map<String, Set<String>> dependsOn = new TreeMap<>(Map.of(
                "audit_entry", Set.of(),
                "filing_version", Set.of("filing", "app_user"),
                "filing", Set.of("organisation"),
                "app_user", Set.of("organisation"),
                "organisation", Set.of(),
                "attachment", Set.of("filing")));
        List<String> order = Restore.topological(dependsOn);
        assertEquals(6, order.size());
        dependsOn.forEach((table, parents) -> parents.forEach(p ->
                assertTrue(order.indexOf(p) < order.indexOf(table), p + " before " + table + " in " + order)));
    }

    @Test
    void aCycleStillYieldsEveryTableOnce() {
        List<String> order = Restore.topological(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of())));
        assertEquals(List.of("c", "a", "b"), order);
    }
}
