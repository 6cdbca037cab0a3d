package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The scenarios of a topology (FILING-FORMAT-V2.md §3 rules 1 to 3, §7.12) and the columns the engine evaluates
 * at once. Column {@code s < scenarioCount} is scenario {@code s}; column {@link #baseline} loses nothing and strikes
 * nothing (the reference every per-scenario number is computed against); after it come the columns S⁰ of rule 13
 * for the scenarios that both lose sites and strike components (S⁰ = S striking nothing; for a scenario striking
 * nothing S⁰ is S itself, and for one losing no site it is the baseline).
 *
 * <p>Scenario order (rule 3): {@code site:<id>} in site order, then the other groups by first appearance over the
 * sites in document order (each site's groups in rule F5 order), then over the components. A string equal to the
 * group of a filed site, including {@code site:<id>}, is that scenario (rule 1, §7.12).
 */
final class ScenarioColumns {
    final List<LossScenario> scenarios;
    final Map<String, Integer> index;
    final int scenarioCount;
    final int baseline;
    final int columns;
    final int words;
    /** Valid column bits per word. */
    final long[] mask;
    /** Valid scenario bits (without the baseline and S⁰ columns) per word. */
    final long[] scenarioMask;
    /** Per site: the columns in which it is lost. */
    final long[] siteLost;
    /** Per scenario: the column of its S⁰. */
    final int[] zeroColumn;
    /** Per component: its struck scenarios, ascending ({@code struckStart[c] .. struckStart[c + 1]}). */
    final int[] struckStart;
    final int[] struckScenario;
    /** Per scenario: the struck components, ascending. */
    final int[][] struckBy;
    /**
     * The words holding a column that loses a site, or the baseline: there every component may differ from the
     * baseline, so fixed points run over the whole graph.
     */
    final int[] denseWords;
    /**
     * The other words: every column in them loses no site, so they differ from the baseline only through struck
     * components, and fixed points start from the baseline and revisit only what depends on a struck component.
     */
    final int[] sparseWords;
    /** Every word. */
    final int[] allWords;

    ScenarioColumns(TopologyIds ids, ResolvedFacilities facilities) {
        Topology t = ids.topology();
        List<Site> sites = t.sites();
        List<Component> components = t.components();
        if (facilities.sites().size() != sites.size()) {
            throw new IllegalArgumentException("the facility resolution has " + facilities.sites().size()
                    + " sites, the topology " + sites.size());
        }
        Map<String, Integer> ids2 = new LinkedHashMap<>();
        List<List<Integer>> lost = new ArrayList<>();
        List<List<Integer>> struck = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            ids2.put(sites.get(i).scenarioId(), i);
            lost.add(new ArrayList<>(List.of(i)));
            struck.add(new ArrayList<>());
            if (!facilities.sites().get(i).siteId().equals(sites.get(i).id())) {
                throw new IllegalArgumentException("the facility resolution is not of this topology's sites");
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            for (String g : facilities.groups(i)) {
                int s = scenario(g, ids2, lost, struck);
                List<Integer> l = lost.get(s);
                if (!l.contains(i)) {
                    l.add(i);
                }
            }
        }
        for (int c = 0; c < components.size(); c++) {
            for (String g : components.get(c).riskGroups()) {
                int s = scenario(g, ids2, lost, struck);
                List<Integer> k = struck.get(s);
                if (k.isEmpty() || k.get(k.size() - 1) != c) {
                    k.add(c);
                }
            }
        }
        scenarioCount = ids2.size();
        index = Collections.unmodifiableMap(new HashMap<>(ids2));
        List<LossScenario> list = new ArrayList<>(scenarioCount);
        int s = 0;
        for (String id : ids2.keySet()) {
            List<Integer> l = lost.get(s);
            Collections.sort(l);
            List<String> siteIds = new ArrayList<>(l.size());
            for (int i : l) {
                siteIds.add(sites.get(i).id());
            }
            List<String> struckIds = new ArrayList<>();
            for (int c : struck.get(s)) {
                struckIds.add(components.get(c).id());
            }
            list.add(new LossScenario(id, siteIds, struckIds));
            s++;
        }
        scenarios = List.copyOf(list);
        baseline = scenarioCount;
        zeroColumn = new int[scenarioCount];
        int next = baseline + 1;
        for (s = 0; s < scenarioCount; s++) {
            boolean strikes = !struck.get(s).isEmpty();
            boolean loses = !lost.get(s).isEmpty();
            zeroColumn[s] = !strikes ? s : !loses ? baseline : next++;
        }
        columns = next;
        words = (columns + 63) >>> 6;
        mask = new long[words];
        scenarioMask = new long[words];
        for (int col = 0; col < columns; col++) {
            mask[col >>> 6] |= 1L << col;
            if (col < scenarioCount) {
                scenarioMask[col >>> 6] |= 1L << col;
            }
        }
        siteLost = new long[sites.size() * words];
        for (s = 0; s < scenarioCount; s++) {
            for (int i : lost.get(s)) {
                Bits.set(siteLost, i, words, s);
                if (zeroColumn[s] > baseline) {
                    Bits.set(siteLost, i, words, zeroColumn[s]);
                }
            }
        }
        boolean[] dense = new boolean[words];
        dense[baseline >>> 6] = true;
        for (s = 0; s < scenarioCount; s++) {
            if (!lost.get(s).isEmpty()) {
                dense[s >>> 6] = true;
                dense[zeroColumn[s] >>> 6] = true;
            }
        }
        IntList d = new IntList(), sp = new IntList(), all = new IntList();
        for (int w = 0; w < words; w++) {
            (dense[w] ? d : sp).add(w);
            all.add(w);
        }
        denseWords = d.toArray();
        sparseWords = sp.toArray();
        allWords = all.toArray();
        int n = components.size();
        struckStart = new int[n + 1];
        struckBy = new int[scenarioCount][];
        for (s = 0; s < scenarioCount; s++) {
            struckBy[s] = struck.get(s).stream().mapToInt(Integer::intValue).toArray();
            for (int c : struckBy[s]) {
                struckStart[c + 1]++;
            }
        }
        for (int c = 0; c < n; c++) {
            struckStart[c + 1] += struckStart[c];
        }
        struckScenario = new int[struckStart[n]];
        int[] fill = java.util.Arrays.copyOf(struckStart, n);
        for (s = 0; s < scenarioCount; s++) {
            for (int c : struckBy[s]) {
                struckScenario[fill[c]++] = s;
            }
        }
    }

    private static int scenario(String group, Map<String, Integer> ids, List<List<Integer>> lost,
                                List<List<Integer>> struck) {
        Integer s = ids.get(group);
        if (s == null) {
            s = ids.size();
            ids.put(group, s);
            lost.add(new ArrayList<>());
            struck.add(new ArrayList<>());
        }
        return s;
    }

    boolean siteLost(int site, int column) {
        return Bits.get(siteLost, site, words, column);
    }

    /** Whether component {@code c} is struck in column {@code column} (only scenario columns strike). */
    boolean struck(int c, int column) {
        if (column >= scenarioCount) {
            return false;
        }
        for (int e = struckStart[c]; e < struckStart[c + 1]; e++) {
            if (struckScenario[e] == column) {
                return true;
            }
        }
        return false;
    }

    /** Writes the struck columns of component {@code c} into {@code out} (words longs from {@code offset}). */
    void struckBits(int c, long[] out, int offset) {
        java.util.Arrays.fill(out, offset, offset + words, 0L);
        for (int e = struckStart[c]; e < struckStart[c + 1]; e++) {
            int s = struckScenario[e];
            out[offset + (s >>> 6)] |= 1L << s;
        }
    }
}
