package kr.drregistry.topology.api;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingType;
import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParseException;
import kr.drregistry.topology.parse.DrrParser;

/**
 * Where the platform resolves a {@code facilityRef: org/site} (FILING-FORMAT-V2.md §2 F1, §7.10): the site in the
 * latest accepted topology filing version of organisation {@code org} — the version whose ACCEPT decision is the
 * most recent. The label of the version used ({@code org filing-id v N}) goes into the report, which is frozen
 * with a submitted version, so a later acceptance of the provider's filing never changes it.
 */
@ApplicationScoped
public class FacilityDirectory {
    @Inject
    FilingQueries filingQueries;
    @Inject
    kr.drregistry.audit.AuditTrail audit;

    private final DrrParser parser = new DrrParser();

    /** One accepted filing: its topology, its canonical JSON as stored and the label of the version. */
    private record Accepted(Topology topology, String content, String label) {
        Optional<FiledSite> site(String id) {
            for (Site s : topology.sites()) {
                if (s.id().equals(id)) {
                    return Optional.of(new FiledSite(s, label));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A lookup for one validation, reading each organisation's accepted filing once. Call it on the request's
     * thread (the validator resolves facilities before it runs rules elsewhere).
     */
    public FacilityLookup lookup() {
        Map<String, Optional<Accepted>> seen = new HashMap<>();
        return (organisation, site) -> seen.computeIfAbsent(organisation, this::latestAccepted)
                .flatMap(a -> a.site(site));
    }

    /** The label of a filing version as reports name it: {@code org filing-id vN}. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(\\S+) ([0-9a-f-]{36}) v([0-9]+)");

    /**
     * A lookup that answers as the registry did when a version's report was frozen: each reference from the filing
     * version the report names for it ({@code versionByReference}: {@code org/site} → {@code org filing-id vN}, the
     * report's {@code facilities}), and a reference the report lists as unresolved, or does not list, stays
     * unresolved. The pictures of a submitted version use it, so that they show what its frozen report judged even
     * after a provider's newer filing was accepted.
     */
    public FacilityLookup asFrozen(Map<String, String> versionByReference) {
        Map<String, Optional<Topology>> seen = new HashMap<>();
        return (organisation, site) -> {
            String label = versionByReference.get(organisation + "/" + site);
            java.util.regex.Matcher m = label == null ? null : LABEL.matcher(label);
            if (m == null || !m.matches() || !m.group(1).equals(organisation)) {
                return Optional.empty();
            }
            return seen.computeIfAbsent(label, l -> filedVersion(java.util.UUID.fromString(m.group(2)),
                            Integer.parseInt(m.group(3))))
                    .flatMap(t -> new Accepted(t, null, label).site(site));
        };
    }

    private Optional<Topology> filedVersion(java.util.UUID filing, int number) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<String> content = filingQueries.versionContent(filing, number);
            if (content.isEmpty()) {
                return Optional.<Topology>empty();
            }
            try {
                return Optional.of(parser.parse(content.get().getBytes(StandardCharsets.UTF_8), "application/json"));
            } catch (DrrParseException e) {
                return Optional.<Topology>empty();
            }
        });
    }

    /**
     * One site as organisation {@code organisation} filed it in its latest accepted topology filing — what
     * {@link #lookup()} resolves a {@code facilityRef: organisation/site} against — as the site object of that
     * filing's canonical JSON (drr form, unchanged), with the label of the version; empty when there is no accepted
     * filing or no such site in it. The read-only facility API serves this to offline validators
     * ({@code dr-validate --registry}), so that they resolve exactly as the registry does.
     */
    public Optional<FiledSiteDocument> filedSite(String organisation, String site) {
        return latestAccepted(organisation).flatMap(a -> a.site(site).map(found -> {
            try {
                for (JsonNode node : JSON.readTree(a.content()).path("sites")) {
                    if (site.equals(node.path("id").asText(null))) {
                        return new FiledSiteDocument(organisation + "/" + site, a.label(), node);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("an accepted filing's stored content is not JSON", e);
            }
            return null;
        }));
    }

    /**
     * {@link #filedSite} for the read-only facility API, recorded in the audit trail ({@code facility.read}, with the
     * version served or "unresolved") in the same transaction, found or not.
     */
    @jakarta.transaction.Transactional
    public Optional<FiledSiteDocument> serve(kr.drregistry.identity.Actor actor, String organisation, String site) {
        Optional<FiledSiteDocument> found = filedSite(organisation, site);
        audit.record(actor, "facility.read", "facility", organisation + "/" + site,
                found.map(f -> "served from " + f.filingVersion()).orElse("unresolved: no accepted filing with this site"));
        return found;
    }

    /** A site of an accepted filing as the facility API serves it: {@code org/site}, the version label, the site. */
    public record FiledSiteDocument(String reference, String filingVersion, JsonNode site) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private Optional<Accepted> latestAccepted(String organisation) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<FilingQueries.AcceptedVersion> accepted = filingQueries.latestAccepted(organisation, FilingType.TOPOLOGY);
            if (accepted.isEmpty()) {
                return Optional.<Accepted>empty();
            }
            FilingQueries.AcceptedVersion row = accepted.get();
            try {
                Topology topology = parser.parse(row.content().getBytes(StandardCharsets.UTF_8), "application/json");
                return Optional.of(new Accepted(topology, row.content(), organisation + " " + row.filingId() + " v" + row.number()));
            } catch (DrrParseException e) {
                return Optional.<Accepted>empty();
            }
        });
    }
}
