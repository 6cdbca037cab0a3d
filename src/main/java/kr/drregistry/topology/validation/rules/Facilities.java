package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import kr.drregistry.topology.model.Facility.BatteryRoom;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * Shared shape of the IDC facility rules (FAC-001..FAC-007): they look only at sites with a {@code facility}
 * block, report one finding per site (subject: the site) and start the chain with the site's facility.
 */
final class Facilities {
    private Facilities() {
    }

    /** What a battery-room rule checks: which rooms violate it, the detail per room and the remedy per site. */
    record RoomCheck(Predicate<BatteryRoom> violates, Function<BatteryRoom, LocalizedText> detail,
                     Function<Site, LocalizedText> remedy) {
    }

    /** The sites that carry a facility block, in document order. */
    static List<Site> sites(ValidationContext ctx) {
        return ctx.topology().sites().stream().filter(s -> s.facility() != null).toList();
    }

    /** A finding about {@code site} whose chain is the site's facility followed by {@code details} (depth 1). */
    static Finding finding(ValidationContext ctx, String rule, Site site, LocalizedText message,
                           List<ChainStep> details, LocalizedText remedy) {
        List<ChainStep> chain = new ArrayList<>(details.size() + 1);
        chain.add(Texts.step(0, "site", site.id(), "facility", List.of(site.id()),
                "사이트 " + site.id() + "의 시설", "facility of site " + site.id()));
        chain.addAll(details);
        return ctx.finding(rule, Subject.site(site.id()), null, message, chain, remedy, null);
    }

    /** One finding per facility site with at least one battery room that {@code check} finds in violation. */
    static List<Finding> batteryRooms(ValidationContext ctx, String rule, String problemKo, String problemEn,
                                      RoomCheck check) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : sites(ctx)) {
            List<BatteryRoom> rooms = site.facility().batteryRooms().stream().filter(check.violates()).toList();
            if (rooms.isEmpty()) {
                continue;
            }
            List<String> ids = rooms.stream().map(BatteryRoom::id).toList();
            List<String> detailsKo = rooms.stream().map(r -> r.id() + ": " + check.detail().apply(r).ko()).toList();
            List<String> detailsEn = rooms.stream().map(r -> r.id() + ": " + check.detail().apply(r).en()).toList();
            LocalizedText message = LocalizedText.of(
                    "사이트 " + site.id() + "의 배터리실 " + rooms.size() + "곳(" + Texts.ko(ids) + ")이 " + problemKo + " — "
                            + String.join("; ", detailsKo) + ".",
                    rooms.size() + " battery room(s) of site " + site.id() + " (" + Texts.en(ids) + ") " + problemEn
                            + " — " + String.join("; ", detailsEn) + ".");
            List<ChainStep> steps = rooms.stream().map(r -> Texts.step(1, "battery-room", r.id(), "facility",
                    List.of(site.id()), check.detail().apply(r).ko(), check.detail().apply(r).en())).toList();
            findings.add(finding(ctx, rule, site, message, steps, check.remedy().apply(site)));
        }
        return findings;
    }

    /**
     * Whether a battery chemistry is (or may be) lithium-based: it names lithium, Li-ion, LFP, NMC or LTO, or
     * it is not stated (an unknown chemistry is not assumed safe).
     */
    static boolean lithium(String chemistry) {
        if (chemistry == null) {
            return true;
        }
        String c = chemistry.toLowerCase(Locale.ROOT);
        return c.contains("lithium") || c.contains("li-ion") || c.contains("lfp") || c.contains("nmc")
                || c.contains("lto");
    }
}
