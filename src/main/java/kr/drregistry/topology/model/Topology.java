package kr.drregistry.topology.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed, reference-checked drr/v1 or drr/v2 filing. Immutable; lists keep document order. A drr/v1 document
 * is read with the drr/v2 semantics (FILING-FORMAT-V2.md §5); {@code format} only decides which fields the
 * document may use.
 */
public record Topology(String format, String operator, LocalDate asOf, List<Site> sites, List<Service> services,
                       List<Component> components, List<Drill> drills) {
    public static final String FORMAT = "drr/v1";
    /** The format of documents that may use the fields of FILING-FORMAT-V2.md §1. */
    public static final String FORMAT_V2 = "drr/v2";

    public Topology {
        sites = List.copyOf(sites == null ? List.of() : sites);
        services = List.copyOf(services == null ? List.of() : services);
        components = List.copyOf(components == null ? List.of() : components);
        drills = List.copyOf(drills == null ? List.of() : drills);
    }

    /** Whether the document is {@code drr/v2}. */
    public boolean isV2() {
        return FORMAT_V2.equals(format);
    }

    public Map<String, Site> sitesById() {
        return index(sites, Site::id);
    }

    public Map<String, Component> componentsById() {
        return index(components, Component::id);
    }

    public Map<String, Service> servicesById() {
        return index(services, Service::id);
    }

    private static <T> Map<String, T> index(List<T> list, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(list.size() * 2);
        for (T t : list) {
            map.put(id.apply(t), t);
        }
        return Collections.unmodifiableMap(map);
    }
}
