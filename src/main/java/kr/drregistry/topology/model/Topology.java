package kr.drregistry.topology.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed, reference-checked drr/v1 filing. Immutable; lists keep document order.
 */
public record Topology(String format, String operator, LocalDate asOf, List<Site> sites, List<Service> services,
                       List<Component> components, List<Drill> drills) {
    public static final String FORMAT = "drr/v1";

    public Topology {
        sites = List.copyOf(sites == null ? List.of() : sites);
        services = List.copyOf(services == null ? List.of() : services);
        components = List.copyOf(components == null ? List.of() : components);
        drills = List.copyOf(drills == null ? List.of() : drills);
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
