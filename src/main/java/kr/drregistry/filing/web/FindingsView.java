package kr.drregistry.filing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.drregistry.review.ReviewRecords;
import kr.drregistry.topology.api.CompactReport;
import kr.drregistry.topology.api.ReportDigest;
import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.topology.validation.RootCauses;
import kr.drregistry.topology.validation.RootCauses.RootCause;

/**
 * Findings as the pages show them: first the root causes they follow from, ranked by users lost, each opening to its
 * findings; then grouped by severity (most severe first, empty groups left out), each with a
 * link to the part of the filing it is about (the topology picture focused on its subject, or the plan section).
 * Rendered by the include {@code templates/fragments/findings.html}.
 */
public record FindingsView(List<Group> groups, int total, Map<String, Integer> summary, List<Root> roots, int rootsHidden) {
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    /** How many findings per severity a page shows before "show all" (presentation, not regulation). */
    public static final int PAGE_PER_SEVERITY = ReportDigest.PER_SEVERITY;
    /** How many root causes a page lists before "show all", and how many findings each opens to. */
    public static final int ROOTS_SHOWN = ReportDigest.ROOTS;
    public static final int FINDINGS_PER_ROOT = ReportDigest.PER_ROOT;

    /**
     * A root cause (see {@link RootCauses}) with the findings that follow from it, most users lost first:
     * {@code items} at most {@link #FINDINGS_PER_ROOT}, {@code hidden} how many more.
     */
    public record Root(RootCause cause, List<Item> items, int hidden) {
        /** The services it takes down named, at most five, the rest counted by {@link #moreServices()}. */
        public List<String> namedServices() {
            return cause.services().size() <= 5 ? cause.services() : cause.services().subList(0, 5);
        }

        public int moreServices() {
            return Math.max(0, cause.services().size() - 5);
        }

        public String worst() {
            return cause.worst().wire();
        }
    }

    /** {@code hidden}: how many more findings of this severity there are than {@code items} shows. */
    public record Group(String severity, List<Item> items, int hidden) {
        public Group(String severity, List<Item> items) {
            this(severity, items, 0);
        }

        /** All findings of this severity, shown or not. */
        public int count() {
            return items.size() + hidden;
        }
    }

    /** Whether the root causes say more than the findings' subjects (a topology's; a plan's findings have none). */
    public boolean showsRoots() {
        return roots.stream().anyMatch(r -> r.cause().kind() != RootCauses.Kind.SUBJECT);
    }

    /**
     * The same findings with at most {@code perGroup} shown per severity (the ones that take the most users down),
     * the rest counted: a 1,000-component topology has hundreds of findings, and a page that renders them all is
     * megabytes of HTML nobody reads at once. The page offers "show all".
     */
    public FindingsView limited(int perGroup) {
        List<Group> shown = new ArrayList<>();
        for (Group g : groups) {
            shown.add(g.items().size() <= perGroup ? g
                    : new Group(g.severity(), g.items().subList(0, perGroup), g.items().size() - perGroup + g.hidden()));
        }
        return new FindingsView(List.copyOf(shown), total, summary,
                roots.size() <= ROOTS_SHOWN ? roots : roots.subList(0, ROOTS_SHOWN),
                rootsHidden + Math.max(0, roots.size() - ROOTS_SHOWN));
    }

    /**
     * {@code link} may be null when the subject has no page of its own; {@code disposition} (the reviewer's, in
     * force) and {@code comments} are empty for drafts. {@code carried}: the disposition was made on an earlier
     * version ({@code disposition.version}) and still applies; {@code history}: every disposition of the finding
     * on this and earlier versions, oldest first.
     */
    public record Item(FindingView finding, String link, ReviewRecords.DispositionView disposition,
                       List<ReviewRecords.CommentView> comments, boolean carried,
                       List<ReviewRecords.DispositionView> history) {
        public String key() {
            return finding.key();
        }

        /** A stable HTML id for the finding (its key hashed), for links and redirects back to it. */
        public String anchor() {
            return anchorOf(finding.key());
        }
    }

    /** The HTML id of the finding with {@code key}. */
    public static String anchorOf(String key) {
        return "fk-" + Integer.toHexString(key.hashCode());
    }

    /** Within a severity, what takes the most users down comes first; the report's order otherwise. */
    private static final java.util.Comparator<Item> BY_USERS_LOST = java.util.Comparator.comparing(Item::finding,
            ReportDigest.BY_USERS_LOST);

    public static FindingsView of(List<FindingView> findings, Function<FindingView, String> linker) {
        return of(findings, linker, null);
    }

    /** With a version's review record: each finding shows its disposition and the comments on it. */
    public static FindingsView of(List<FindingView> findings, Function<FindingView, String> linker,
                                  ReviewRecords.ReviewRecord record) {
        List<Item> all = items(findings, linker, record);
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            summary.put(s, 0);
        }
        for (FindingView f : findings) {
            summary.merge(f.severity(), 1, Integer::sum);
        }
        List<Root> roots = new ArrayList<>();
        for (RootCause c : RootCauses.of(CompactReport.findingsOf(findings))) {
            List<Item> items = new ArrayList<>(c.findingCount());
            for (int i : c.findings()) {
                items.add(all.get(i));
            }
            items.sort(BY_USERS_LOST);
            roots.add(new Root(c, List.copyOf(items.subList(0, Math.min(FINDINGS_PER_ROOT, items.size()))),
                    Math.max(0, items.size() - FINDINGS_PER_ROOT)));
        }
        return new FindingsView(groups(all, summary), findings.size(), Map.copyOf(summary), List.copyOf(roots), 0);
    }

    /**
     * What a page lists first of a big report, from its {@link ReportDigest} alone: the digest's findings by severity,
     * each severity saying how many more there are, and its root causes with theirs. {@link #limited} then cuts as
     * for {@link #of}; "show all" reads the full report.
     */
    public static FindingsView ofDigest(ReportDigest digest, Function<FindingView, String> linker,
                                        ReviewRecords.ReviewRecord record) {
        List<Item> shown = items(digest.shown().findings(), linker, record);
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            summary.put(s, digest.shown().summary().getOrDefault(s, 0));
        }
        List<Root> roots = new ArrayList<>();
        for (ReportDigest.Root r : digest.roots()) {
            List<Item> items = r.shown().stream().map(shown::get).toList();
            roots.add(new Root(r.cause(), items, Math.max(0, r.cause().findingCount() - items.size())));
        }
        return new FindingsView(groups(shown, summary), digest.findingTotal(), Map.copyOf(summary), List.copyOf(roots),
                Math.max(0, digest.rootTotal() - roots.size()));
    }

    private static List<Item> items(List<FindingView> findings, Function<FindingView, String> linker,
                                    ReviewRecords.ReviewRecord record) {
        List<Item> all = new ArrayList<>(findings.size());
        for (FindingView f : findings) {
            ReviewRecords.DispositionView d = record == null ? null : record.of(f.key());
            all.add(new Item(f, linker.apply(f), d,
                    record == null ? List.of() : record.on("finding", f.key()), d != null && d.version() != record.version(),
                    record == null ? List.of() : record.historyOf(f.key())));
        }
        return all;
    }

    /** Items by severity (most severe first, empty ones left out), most users lost first; {@code counts}: all of them. */
    private static List<Group> groups(List<Item> items, Map<String, Integer> counts) {
        Map<String, List<Item>> bySeverity = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            bySeverity.put(s, new ArrayList<>());
        }
        for (Item item : items) {
            bySeverity.computeIfAbsent(item.finding().severity(), k -> new ArrayList<>()).add(item);
        }
        List<Group> groups = new ArrayList<>();
        bySeverity.forEach((s, list) -> {
            if (!list.isEmpty()) {
                list.sort(BY_USERS_LOST);
                groups.add(new Group(s, List.copyOf(list), Math.max(0, counts.getOrDefault(s, 0) - list.size())));
            }
        });
        return List.copyOf(groups);
    }

    /**
     * Links a topology finding to the pictures of the filing ({@code base} is {@code /filings/{id}/pictures} or
     * with {@code ?version=n}): scenario findings open "what if" on their scenario, others focus the diagram.
     */
    public static Function<FindingView, String> topologyLinks(String base) {
        String sep = base.contains("?") ? "&" : "?";
        return f -> {
            if (f.subject() == null || f.subject().id() == null) {
                return null;
            }
            String focus = sep + "focus=" + enc(f.subject().kind() + ":" + f.subject().id());
            if (f.scenario() != null) {
                return base + focus + "&scenario=" + enc(f.scenario()) + "#whatif";
            }
            return base + focus + "#diagram";
        };
    }

    /** Links a plan finding to its section of the plan editor ({@code base} is {@code /portal/filings/{id}/plan}). */
    public static Function<FindingView, String> planLinks(String base) {
        return f -> f.subject() == null || f.subject().id() == null ? base
                : base + "#section-" + f.subject().id().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
