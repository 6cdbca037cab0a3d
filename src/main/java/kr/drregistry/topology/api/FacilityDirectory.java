package kr.drregistry.topology.api;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    EntityManager em;

    private final DrrParser parser = new DrrParser();

    /** One accepted filing: its topology and the label of the version. */
    private record Accepted(Topology topology, String label) {
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

    private Optional<Accepted> latestAccepted(String organisation) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select v.content, f.id, v.number
                      from filing_decision d
                      join filing f on f.id = d.filing_id
                      join organisation o on o.id = f.organisation_id
                      join filing_version v on v.filing_id = f.id and v.number = d.version_number
                     where o.slug = ?1 and f.type = 'TOPOLOGY' and d.decision = 'ACCEPT'
                     order by d.decided_at desc
                     limit 1""").setParameter(1, organisation).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Accepted>empty();
            }
            Object[] row = rows.get(0);
            try {
                Topology topology = parser.parse(((String) row[0]).getBytes(StandardCharsets.UTF_8), "application/json");
                return Optional.of(new Accepted(topology, organisation + " " + row[1] + " v" + row[2]));
            } catch (DrrParseException e) {
                return Optional.<Accepted>empty();
            }
        });
    }
}
