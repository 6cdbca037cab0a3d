package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.Holder;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;

/** What DATA-001 and DATA-004 read of a durable component under drr/v2 (FILING-FORMAT-V2.md §3 rule 4, §4, §7.4). */
final class DurableCopies {
    private DurableCopies() {
    }

    /** Sites outside the home site that hold the data (rule 4) or keep a backup (with or without interval, §7.4). */
    static List<String> copiesOutsideHome(LossAnalysis loss, Component c) {
        String home = c.homeSite();
        List<String> sites = new ArrayList<>();
        for (Holder h : loss.holders(c.id())) {
            if (!h.site().equals(home) && !sites.contains(h.site())) {
                sites.add(h.site());
            }
        }
        for (Backup b : c.backups()) {
            if (!b.site().equals(home) && !sites.contains(b.site())) {
                sites.add(b.site());
            }
        }
        return sites;
    }

    /** Whether an active placement stands outside the home site. */
    static boolean activeOutsideHome(Component c) {
        String home = c.homeSite();
        return c.placements().stream().anyMatch(p -> p.role() == PlacementRole.ACTIVE && !p.site().equals(home));
    }

    /** DATA-001 under drr/v2: durable, no copy outside the home site, and no active placement outside it. */
    static boolean data001(LossAnalysis loss, Component c) {
        return c.isDurable() && c.homeSite() != null && !activeOutsideHome(c) && copiesOutsideHome(loss, c).isEmpty();
    }

    /** DATA-004: the placement sites of a durable component that hold none of its data (document order, distinct). */
    static List<String> placementsWithoutData(LossAnalysis loss, Component c) {
        if (!c.isDurable()) {
            return List.of();
        }
        List<String> holders = loss.holders(c.id()).stream().map(Holder::site).toList();
        List<String> out = new ArrayList<>();
        for (Placement p : c.placements()) {
            if (!holders.contains(p.site()) && !out.contains(p.site())) {
                out.add(p.site());
            }
        }
        return out;
    }
}
