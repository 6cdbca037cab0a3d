package kr.drregistry.topology.api;

import jakarta.persistence.EntityManager;
import java.util.List;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.topology.sector.Exposure;
import kr.drregistry.topology.sector.Exposures;
import kr.drregistry.filing.FilingContent;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingType;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.ChunkedBytes;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.StoredText;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.CanonicalJson;
import kr.drregistry.topology.parse.YamlWriter;
import kr.drregistry.topology.validation.ValidationReport;

/** drr/v1 topology filings: parsed strictly, validated with the active policy, frozen as canonical JSON. */
@ApplicationScoped
public class TopologyContent implements FilingContent {
    @Inject
    TopologyService topologies;
    @Inject
    ObjectMapper json;
    @Inject
    kr.drregistry.policy.PolicyService policies;
    @Inject
    EntityManager em;
    @Inject
    ReportDigests digests;
    /**
     * Writes a submission's stored report while the submission goes on (see {@link #freeze(Topology)}). Pure
     * computation: no context is carried over (the submission's transaction stays on the submission's thread).
     */
    private final org.eclipse.microprofile.context.ManagedExecutor executor = org.eclipse.microprofile.context.ManagedExecutor
            .builder().maxAsync(4).propagated().cleared(org.eclipse.microprofile.context.ThreadContext.ALL_REMAINING).build();

    @Override
    public FilingType type() {
        return FilingType.TOPOLOGY;
    }

    /**
     * Drafts up to this size are remembered parsed, the last four of them, so that submitting the draft just saved needs
     * no second parse; of larger ones only the last (see {@link #lastLarge}).
     */
    private static final int REMEMBER_BYTES = 16 * 1024 * 1024;
    private final java.util.Map<String, Topology> recentlyParsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Topology> eldest) {
                    return size() > 4;
                }
            });

    /**
     * The one larger draft last saved, parsed (a 100,000-component topology is ~60 MB of JSON and ~200 MB of model):
     * softly held, so that the collector drops it rather than run out of heap, and only one, so that a few large
     * drafts saved one after the other never hold more than one model between requests.
     */
    private volatile java.lang.ref.SoftReference<java.util.Map.Entry<String, Topology>> lastLarge = new java.lang.ref.SoftReference<>(null);

    private void remember(String key, int bytes, Topology topology) {
        if (bytes <= REMEMBER_BYTES) {
            recentlyParsed.put(key, topology);
        } else {
            lastLarge = new java.lang.ref.SoftReference<>(java.util.Map.entry(key, topology));
        }
    }

    /** The topology parsed on this instance lately from the document of this key ({@link #key}), else null. */
    private Topology remembered(String key) {
        Topology small = recentlyParsed.get(key);
        if (small != null) {
            return small;
        }
        var large = lastLarge.get();
        return large != null && large.getKey().equals(key) ? large.getValue() : null;
    }

    /**
     * The document parsed on this instance when a draft with these bytes ({@code sha256}, null: unknown) and media type
     * was saved, or null: a page about the saved draft then need not read and parse it again.
     */
    public Topology remembered(String sha256, String mediaType) {
        return sha256 == null ? null : remembered(key(sha256, mediaType));
    }

    @Override
    public void check(byte[] body, String mediaType) {
        remember(key(FilingService.sha256(body), mediaType), body.length, topologies.parse(body, mediaType));
    }

    @Override
    public void check(byte[] body, String sha256, String mediaType, String organisationSlug) {
        Topology topology = topologies.parse(body, mediaType);
        requireOperator(topology, organisationSlug);
        remember(key(sha256, mediaType), body.length, topology);
    }

    @Override
    public Frozen freeze(java.util.function.Supplier<String> draft, String sha256, String mediaType, String organisationSlug) {
        Topology topology = remembered(sha256, mediaType);
        if (topology == null) {
            topology = parsed(draft.get(), mediaType);
        }
        requireOperator(topology, organisationSlug);
        return freeze(topology);
    }

    /**
     * A drr/v1 filing states its operator ({@code operator}); filed by an organisation it must be that organisation's
     * slug, or the regulator would read one operator's topology as another's. (Plain validation does not check it.)
     */
    static void requireOperator(Topology topology, String organisationSlug) {
        if (organisationSlug != null && !organisationSlug.equals(topology.operator())) {
            throw new ProblemException(422, "invalid-filing", "문서 형식에 맞지 않습니다", "Not a valid document",
                    "the document's operator is not the filing organisation; nothing was stored",
                    List.of(new ProblemException.FieldError("/operator", "operator-mismatch",
                            "The operator " + quote(topology.operator()) + " is not the organisation this filing belongs to; "
                                    + "write operator: " + organisationSlug + ".",
                            "operator " + quote(topology.operator()) + "는 이 제출의 기관이 아닙니다. operator: "
                                    + organisationSlug + "로 쓰십시오.", null, null)));
        }
    }

    private static String quote(String value) {
        String v = value == null ? "" : value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return '"' + v + '"';
    }

    /** The parsed draft: remembered from its save on this instance (same bytes, same media type), else parsed. */
    private Topology parsed(String draft, String mediaType) {
        byte[] bytes = draft.getBytes(StandardCharsets.UTF_8);
        Topology remembered = remembered(key(FilingService.sha256(bytes), mediaType));
        return remembered != null ? remembered : topologies.parse(bytes, mediaType);
    }

    /** A document's key among the remembered ones: the SHA-256 of its bytes and its media type. */
    private static String key(String sha256, String mediaType) {
        return sha256 + "|" + mediaType;
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        return freeze(parsed(draft, mediaType));
    }

    private Frozen freeze(Topology topology) {
        return freeze(topology, topologies::analyze);
    }

    /** A submission's frozen forms of {@code topology}, its rules not counted in the metrics: for {@link WarmUp} only. */
    Frozen freezeUncounted(Topology topology) {
        return freeze(topology, topologies::analyzeUncounted);
    }

    private Frozen freeze(Topology topology,
                          java.util.function.Function<Topology, kr.drregistry.topology.validation.Analysis> rules) {
        // the canonical form is written on another core while the filing is validated: hashed and compressed for
        // storage as it is written (never kept whole: it is ~63 MB at 100,000 components)
        record Canonical(String sha256, ChunkedBytes stored) {
        }
        java.util.concurrent.CompletableFuture<Canonical> canonical = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    ChunkedBytes stored = new ChunkedBytes();
                    java.security.MessageDigest sha = FilingService.sha256Digest();
                    try (java.io.OutputStream out = new java.security.DigestOutputStream(StoredText.compressing(stored), sha)) {
                        CanonicalJson.write(topology, out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException("the canonical form could not be written", e);
                    }
                    return new Canonical(java.util.HexFormat.of().formatHex(sha.digest()), stored);
                });
        kr.drregistry.topology.validation.Analysis analysis = rules.apply(topology);
        ValidationReport report = analysis.report();
        int maxTier = (int) policies.current().param(kr.drregistry.rules.Policy.CONCENTRATION_MAX_TIER);
        ReportView full = ReportView.of(report);
        // the stored report is written (and compressed, on a third thread: StoredText.compressingAside) while the
        // submission stores the finding rows, and the digest (root causes over every finding) beside both
        java.util.concurrent.CompletableFuture<String> digest = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return json.writeValueAsString(ReportDigest.of(full));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the report digest could not be written", e);
            }
        });
        java.util.concurrent.CompletableFuture<ChunkedBytes> stored = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            ChunkedBytes written = new ChunkedBytes();
            try (java.io.OutputStream out = StoredText.compressingAside(written)) {
                StoredReport.write(json, full, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the report could not be written", e);
            }
            return written;
        }, executor);
        List<Exposure> exposures = Exposures.of(topology, analysis.analysis(), analysis.facilities(), maxTier);
        Canonical c = canonical.join();
        return new Frozen(c.sha256(), c.stored(), stored::join, report.summary(), report.policyId(), report.policyVersion(),
                version -> {
                    keepExposures(version, exposures);
                    digests.keep(version.filingId, version.number, digest.join());
                }, findings(full, stored::join));
    }

    /** The finding rows of a report frozen in the stored form ({@code stored}, compressed): from the findings in memory, not from its JSON. */
    private FilingContent.Findings findings(ReportView full, java.util.function.Supplier<ChunkedBytes> stored) {
        return new FilingContent.Findings() {
            @Override
            public List<kr.drregistry.filing.VersionFindings.Row> rows() {
                List<String[]> fields = new java.util.ArrayList<>(full.findings().size());
                for (ReportView.FindingView f : full.findings()) {
                    fields.add(new String[] {f.rule(), f.severity(), f.scenario(),
                            f.subject() == null ? null : f.subject().kind(), f.subject() == null ? null : f.subject().id()});
                }
                return kr.drregistry.filing.VersionFindings.rows(fields);
            }

            @Override
            public String fullJson() {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                try (java.io.InputStream in = StoredText.decoding(stored.get().open())) {
                    StoredReport.expand(json, in, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        };
    }

    @Override
    public String render(String canonicalJson, boolean yaml) {
        if (!yaml) {
            return canonicalJson;
        }
        Topology topology = topologies.parse(canonicalJson.getBytes(StandardCharsets.UTF_8), "application/json");
        return YamlWriter.toYaml(topology);
    }

    /** What the version loses per place (CONC-001 across the sector), stored with it. */
    private void keepExposures(FilingVersion version, List<Exposure> exposures) {
        if (exposures.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (var ps = c.prepareStatement("insert into version_exposure (filing_id, version_number, place_key, kind, label, "
                    + "region, lat, lon, services, users, largest_service_users) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict do nothing")) {
                for (Exposure e : exposures) {
                    ps.setObject(1, version.filingId);
                    ps.setInt(2, version.number);
                    ps.setString(3, e.key().length() > 600 ? e.key().substring(0, 600) : e.key());
                    ps.setString(4, e.kind());
                    ps.setString(5, e.label().length() > 300 ? e.label().substring(0, 300) : e.label());
                    ps.setString(6, e.region());
                    ps.setObject(7, e.lat());
                    ps.setObject(8, e.lon());
                    ps.setString(9, String.join(",", e.services()));
                    ps.setLong(10, e.users());
                    ps.setObject(11, e.largestServiceUsers());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
