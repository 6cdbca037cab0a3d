package kr.drregistry.incident;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Drill;

/**
 * What incident reports are checked against in a submitted topology version — its declared services (tier, RTO, RPO),
 * sites and drills — kept per version (submitted versions never change; cache {@code filed-topology}, bounded) so that
 * the incident pages and the sector's declared-vs-actual view do not load and parse megabytes of topology per view.
 * A version that no longer parses (a stored document from an older format) is empty, not an error: the views leave
 * it out rather than failing for the whole sector.
 */
@ApplicationScoped
public class FiledTopologies {
    private static final Logger LOG = Logger.getLogger(FiledTopologies.class);

    @Inject
    FilingQueries filingQueries;
    @Inject
    TopologyService topologies;

    /** The declared side of a submitted topology version. */
    public record Declared(FiledTopology topology, List<Drill> drills) {
    }

    @CacheResult(cacheName = "filed-topology")
    @Transactional
    public Optional<Declared> declared(UUID filingId, int number) {
        Optional<String> content = filingQueries.versionContent(filingId, number);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            var t = topologies.parse(content.get().getBytes(StandardCharsets.UTF_8), "application/json");
            return Optional.of(new Declared(FiledTopology.of(t, filingId.toString(), number), List.copyOf(t.drills())));
        } catch (ProblemException e) {
            LOG.warnf("submitted topology %s version %d no longer parses; left out of incident checks: %s", filingId, number, e.getMessage());
            return Optional.empty();
        }
    }
}
