package kr.drregistry.topology.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.api.FacilityDirectory;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.view.LossMatrix;
import kr.drregistry.topology.view.SiteLayout;
import kr.drregistry.topology.view.TopologyLoss;
import kr.drregistry.topology.view.TopologyOverview;

/**
 * Loads what the pictures of a topology filing are drawn from: a submitted version ({@code ?version=N}) or, for the
 * filing's operators, the working draft; without a version a regulator sees the latest submitted one. Who may read
 * what is decided by {@link FilingService}. The pictures draw the drr/v2 loss analysis (FILING-FORMAT-V2.md §3; a
 * drr/v1 document is read with the same semantics, §7.11) over the sites' facility groups as the platform resolves
 * them now (other organisations' latest accepted filings, §2) — the rules are not run, the pictures show no
 * findings. The analysis is kept for the few documents looked at last, keyed by the SHA-256 of the content and the
 * policy, so that the diagram's JSON, a clicked cell and a "what if" do not analyse the same document again; it is
 * made again when the facility references now resolve otherwise than when it was made. Which analysis a submitted
 * version or a saved draft has is remembered too (by filing, version or draft version, and policy), so that a page
 * looked at again reads neither the document nor its report (a 100,000-component document is 71 MB of JSON): a
 * version never changes, and every save gives the draft a new version.
 */
@ApplicationScoped
public class PictureData {
    private static final int CACHED = 4;
    /**
     * Of documents bigger than this, only the one looked at last is kept (a 100,000-component analysis holds about
     * 200 MB): several would crowd everything else out of a 1 GB heap.
     */
    private static final int BIG = 50_000;

    @Inject
    FilingService filings;
    @Inject
    TopologyService topologies;
    @Inject
    PolicyService policies;
    @Inject
    CurrentActor current;
    @Inject
    FacilityDirectory facilities;
    @Inject
    kr.drregistry.topology.api.ReportDigests digests;

    private final Map<String, Memo> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Memo> eldest) {
            return size() > CACHED;
        }
    };

    /** A version or a draft version of a filing, with the policy ({@link #where}) → the key of its analysis. */
    private final Map<String, String> keys = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    };

    /**
     * What was loaded: the filing, the version shown ({@code null} for the draft), and either an analysis, or the
     * parse errors of a draft that does not parse, or nothing ({@code empty}: no draft saved yet).
     */
    public record Loaded(FilingView filing, Integer version, long draftVersion, Instant at, String by,
                         Memo memo, List<ParseError> errors, boolean tooLarge) {
        /** The analysis, or null when there is none. */
        public TopologyLoss analysis() {
            return memo == null ? null : memo.analysis();
        }

        public boolean ok() {
            return memo != null;
        }

        public boolean empty() {
            return memo == null && errors.isEmpty() && !tooLarge;
        }

        /** The analysis, or a 422 problem for a document that cannot be drawn (for the JSON and fragments). */
        public TopologyLoss require() {
            if (memo != null) {
                return memo.analysis();
            }
            if (empty()) {
                throw new ProblemException(404, "no-draft", "저장된 초안이 없습니다", "No draft saved",
                        "the filing has no draft to draw yet", List.of());
            }
            throw TopologyService.problem(errors, tooLarge, false, null, null);
        }
    }

    @Transactional
    public Loaded load(UUID id, Integer version) {
        FilingView f = filings.get(id);
        if (f.type() != FilingType.TOPOLOGY) {
            throw ProblemException.notFound("topology filing " + id);
        }
        if (version == null && !current.get().isOperator()) {
            if (f.latestVersion() == 0) {
                throw ProblemException.notFound("filing " + id);
            }
            version = f.latestVersion();
        }
        String body;
        String mediaType;
        long draftVersion = f.draft().version();
        Instant at;
        String by;
        Policy policy = policies.current();
        kr.drregistry.topology.facility.FacilityLookup lookup = facilities.lookup();
        if (version != null) {
            FilingVersion v = filings.version(id, version); // its content and report are read only when used
            Memo known = known(where(id, "v" + version, policy));
            if (known != null) {
                // a version resolves as its frozen report did, and neither ever changes
                return new Loaded(f, version, draftVersion, v.submittedAt, v.submittedBy, known, List.of(), false);
            }
            lookup = facilities.asFrozen(frozenFacilities(id, version, v));
            body = v.content;
            mediaType = "application/json";
            at = v.submittedAt;
            by = v.submittedBy;
        } else {
            // present only when the reader may read the draft (FilingService)
            Memo known = f.draft().present() ? known(where(id, "d" + draftVersion, policy)) : null;
            if (known != null) {
                // the draft resolves against the facilities as they are now: analysed again when they changed
                ResolvedFacilities resolved = FacilityResolver.resolve(known.analysis().topology(), lookup);
                if (known.analysis().facilities().equals(resolved)) {
                    return new Loaded(f, null, draftVersion, f.draft().updatedAt(), f.draft().updatedBy(), known,
                            List.of(), false);
                }
            }
            FilingService.DraftContent d = filings.draft(id);
            if (d.body() == null) {
                return new Loaded(f, null, d.version(), null, null, null, List.of(), false);
            }
            body = d.body();
            mediaType = d.mediaType();
            draftVersion = d.version();
            at = d.updatedAt();
            by = d.updatedBy();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String key = sha256(bytes) + "|" + mediaType + "|" + policy.id() + "@" + policy.version();
        Memo analysis;
        synchronized (cache) {
            analysis = cache.get(key);
        }
        Topology topology;
        if (analysis != null) {
            topology = analysis.analysis().topology();
        } else {
            TopologyService.Attempt attempt = topologies.tryParse(bytes, mediaType);
            if (!attempt.parsed()) {
                return new Loaded(f, version, draftVersion, at, by, null, attempt.errors(), attempt.tooLarge());
            }
            topology = attempt.topology();
        }
        // resolved again each time (on the request's transaction): for the draft a provider's filing accepted since is
        // seen at once; a submitted version resolves as its frozen report did (the filing versions it names)
        ResolvedFacilities resolved = FacilityResolver.resolve(topology, lookup);
        if (analysis == null || !analysis.analysis().facilities().equals(resolved)) {
            analysis = new Memo(TopologyLoss.analyse(topology, resolved, (int) policy.param(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES)));
            synchronized (cache) {
                if (topology.components().size() > BIG) {
                    cache.values().removeIf(a -> a.analysis().topology().components().size() > BIG);
                }
                cache.put(key, analysis);
            }
        }
        synchronized (cache) {
            keys.put(where(id, version != null ? "v" + version : "d" + draftVersion, policy), key);
        }
        return new Loaded(f, version, draftVersion, at, by, analysis, List.of(), false);
    }

    /**
     * An analysis with what the pages derive from it alone, each made once when first asked for (at 100,000
     * components the overview and the matrix's ranking take hundreds of milliseconds; the analysis never changes).
     */
    public static final class Memo {
        private final TopologyLoss analysis;
        private List<String> siteOrder;
        private TopologyOverview overview;
        private LossMatrix.Ranking ranking;

        Memo(TopologyLoss analysis) {
            this.analysis = analysis;
        }

        public TopologyLoss analysis() {
            return analysis;
        }

        /** The sites in the diagram's order (shared risk groups together, as resolved). */
        public synchronized List<String> siteOrder() {
            if (siteOrder == null) {
                siteOrder = SiteLayout.of(analysis.topology(), analysis.facilities()).order();
            }
            return siteOrder;
        }

        public synchronized TopologyOverview overview() {
            if (overview == null) {
                overview = TopologyOverview.of(analysis.topology(), siteOrder());
            }
            return overview;
        }

        /** The services in the order of the matrix's pages; null when the matrix shows every service. */
        public synchronized LossMatrix.Ranking ranking() {
            if (ranking == null && analysis.topology().services().size() > LossMatrix.PAGE_SIZE) {
                ranking = LossMatrix.ranking(analysis.topology(), analysis.loss());
            }
            return ranking;
        }
    }

    private static String where(UUID id, String content, Policy policy) {
        return id + "#" + content + "|" + policy.id() + "@" + policy.version();
    }

    /** The analysis kept for a version or draft version, or null. */
    private Memo known(String where) {
        synchronized (cache) {
            String key = keys.get(where);
            return key == null ? null : cache.get(key);
        }
    }

    /** The report's {@code facilities}: each reference with the filing version it resolved against. */
    /**
     * The facility references a version was frozen with: from its digest (a few megabytes) when it has one, so that the
     * pictures of a 100,000-component version never read its 190 MB report; from the report otherwise.
     */
    private java.util.Map<String, String> frozenFacilities(UUID id, int version, FilingVersion v) {
        var digest = digests.find(id, version);
        if (digest.isEmpty()) {
            return frozenFacilities(v.report);
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        var frozen = digest.get().shown().facilities();
        if (frozen != null) {
            frozen.forEach(f -> out.put(f.reference(), f.filingVersion()));
        }
        return out;
    }

    private static java.util.Map<String, String> frozenFacilities(String reportJson) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try {
            var facilities = reportJson == null ? null : kr.drregistry.topology.api.StoredReport.parts(JSON, reportJson).facilities();
            if (facilities != null) {
                facilities.forEach(f -> out.put(f.reference(), f.filingVersion()));
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException("the report frozen with a version could not be read", e);
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
