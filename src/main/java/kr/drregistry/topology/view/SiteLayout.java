package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import kr.drregistry.topology.model.Site;

/**
 * The order of the site columns of the topology diagram and the labelled bands above them. Sites that share a risk
 * group (a campus, a power feed, a metro area) are put next to each other, so that each shared group spans one run
 * of adjacent columns under one band; smaller groups are kept together first (a campus inside a power feed inside a
 * metro area). When groups cross each other no order keeps every group in one run: such a group gets one band per
 * run, each marked {@code split}.
 *
 * @param order site ids, left to right
 * @param bands bands of the groups listed by at least two sites, {@code level} 0 at the top (widest first)
 */
public record SiteLayout(List<String> order, List<Band> bands) {
    public SiteLayout {
        order = List.copyOf(order);
        bands = List.copyOf(bands);
    }

    /**
     * One run of adjacent columns (indexes {@code from} to {@code to}, inclusive) that all belong to a shared risk
     * group. {@code sites} are the group's sites in that run; {@code split} says that the group has more than one
     * run; {@code kind} is the part of the group before the first colon ("campus"), or "" when there is none.
     */
    public record Band(String group, String kind, int from, int to, int level, List<String> sites, boolean split) {
        public Band {
            sites = List.copyOf(sites);
        }
    }

    public static SiteLayout of(List<Site> sites) {
        return of(sites, Site::riskGroups);
    }

    /** As {@link #of(List)} with the sites' groups as facility resolution gives them (FILING-FORMAT-V2.md §2, rule F5). */
    public static SiteLayout of(kr.drregistry.topology.model.Topology t, kr.drregistry.topology.facility.ResolvedFacilities facilities) {
        Map<String, List<String>> resolved = new HashMap<>();
        facilities.sites().forEach(r -> resolved.put(r.siteId(), r.groups()));
        return of(t.sites(), s -> resolved.getOrDefault(s.id(), s.riskGroups()));
    }

    /** As {@link #of(List)} with each site's groups as {@code groups} gives them (drr/v2: the resolved groups, rule F5). */
    public static SiteLayout of(List<Site> sites, Function<Site, List<String>> groups) {
        Map<String, Integer> docIndex = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            docIndex.put(sites.get(i).id(), i);
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Site s : sites) {
            for (String g : groups.apply(s)) {
                List<String> list = members.computeIfAbsent(g, k -> new ArrayList<>());
                if (!list.contains(s.id())) {
                    list.add(s.id());
                }
            }
        }
        List<String> shared = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            if (e.getValue().size() >= 2) {
                shared.add(e.getKey());
            }
        }
        List<String> order = order(sites, docIndex, members, shared);
        return new SiteLayout(order, bands(order, members, shared));
    }

    /**
     * Clusters start as single sites; each shared group, smallest first, merges the clusters it touches. Clusters
     * only partly in the group are turned (reversing a cluster keeps every earlier run a run) so that their members
     * of the group face the clusters wholly inside it.
     */
    private static List<String> order(List<Site> sites, Map<String, Integer> docIndex, Map<String, List<String>> members,
                                      List<String> shared) {
        List<List<String>> clusters = new ArrayList<>();
        for (Site s : sites) {
            clusters.add(new ArrayList<>(List.of(s.id())));
        }
        List<String> bySize = new ArrayList<>(shared);
        bySize.sort(Comparator.comparingInt((String g) -> members.get(g).size()));
        for (String g : bySize) {
            Set<String> inGroup = Set.copyOf(members.get(g));
            List<List<String>> touched = new ArrayList<>();
            for (List<String> c : clusters) {
                if (c.stream().anyMatch(inGroup::contains)) {
                    touched.add(c);
                }
            }
            if (touched.size() < 2) {
                continue;
            }
            touched.sort(Comparator.comparingInt(c -> c.stream().mapToInt(docIndex::get).min().orElse(0)));
            List<List<String>> whole = new ArrayList<>();
            List<List<String>> partial = new ArrayList<>();
            for (List<String> c : touched) {
                (inGroup.containsAll(c) ? whole : partial).add(c);
            }
            List<String> merged = new ArrayList<>();
            int next = 0;
            if (next < partial.size()) {
                merged.addAll(facing(partial.get(next++), inGroup, false));
            }
            whole.forEach(merged::addAll);
            if (next < partial.size()) {
                merged.addAll(facing(partial.get(next++), inGroup, true));
            }
            while (next < partial.size()) {
                merged.addAll(partial.get(next++));
            }
            clusters.removeIf(c -> touched.stream().anyMatch(t -> t == c));
            clusters.add(merged);
        }
        clusters.sort(Comparator.comparingInt(c -> c.stream().mapToInt(docIndex::get).min().orElse(0)));
        List<String> order = new ArrayList<>(sites.size());
        clusters.forEach(order::addAll);
        return order;
    }

    /** The cluster, reversed if that puts its members of the group at its start ({@code atStart}) or end. */
    private static List<String> facing(List<String> cluster, Set<String> inGroup, boolean atStart) {
        boolean firstIn = inGroup.contains(cluster.get(0));
        boolean lastIn = inGroup.contains(cluster.get(cluster.size() - 1));
        boolean reverse = atStart ? !firstIn && lastIn : firstIn && !lastIn;
        if (!reverse) {
            return cluster;
        }
        List<String> reversed = new ArrayList<>(cluster);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<Band> bands(List<String> order, Map<String, List<String>> members, List<String> shared) {
        record Run(String group, int from, int to, boolean split) {
        }
        List<Run> runs = new ArrayList<>();
        for (String g : shared) {
            Set<String> inGroup = Set.copyOf(members.get(g));
            List<int[]> found = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= order.size(); i++) {
                boolean in = i < order.size() && inGroup.contains(order.get(i));
                if (in && start < 0) {
                    start = i;
                } else if (!in && start >= 0) {
                    found.add(new int[] {start, i - 1});
                    start = -1;
                }
            }
            for (int[] r : found) {
                runs.add(new Run(g, r[0], r[1], found.size() > 1));
            }
        }
        // widest first, so that they take the top levels; then left to right
        runs.sort(Comparator.comparingInt((Run r) -> r.to - r.from).reversed().thenComparingInt(r -> r.from));
        List<List<int[]>> levels = new ArrayList<>();
        List<Band> bands = new ArrayList<>(runs.size());
        for (Run r : runs) {
            int level = 0;
            while (level < levels.size() && overlaps(levels.get(level), r.from, r.to)) {
                level++;
            }
            if (level == levels.size()) {
                levels.add(new ArrayList<>());
            }
            levels.get(level).add(new int[] {r.from, r.to});
            int colon = r.group.indexOf(':');
            bands.add(new Band(r.group, colon > 0 ? r.group.substring(0, colon) : "", r.from, r.to, level,
                    order.subList(r.from, r.to + 1), r.split));
        }
        bands.sort(Comparator.comparingInt(Band::level).thenComparingInt(Band::from));
        return bands;
    }

    private static boolean overlaps(List<int[]> taken, int from, int to) {
        for (int[] t : taken) {
            if (from <= t[1] && t[0] <= to) {
                return true;
            }
        }
        return false;
    }
}
