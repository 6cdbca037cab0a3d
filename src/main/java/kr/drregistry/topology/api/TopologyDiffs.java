package kr.drregistry.topology.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.diff.TopologyDiff;
import kr.drregistry.topology.diff.TopologyDiffReport;
import kr.drregistry.topology.model.Topology;

/** What changed between two submitted versions of a topology filing (the API's diff and the review page's changes). */
@ApplicationScoped
public class TopologyDiffs {
    @Inject
    FilingService filings;
    @Inject
    TopologyService topologies;

    /** The changes from version {@code from} to version {@code to}; 404 if the actor may not read the filing. */
    @Transactional
    public TopologyDiffReport diff(UUID id, int from, int to) {
        Filing f = filings.readable(id);
        if (f.type != FilingType.TOPOLOGY) {
            throw ProblemException.invalid("versions are compared for topology filings", List.of());
        }
        return TopologyDiff.between(topology(f, from), topology(f, to));
    }

    /** A version read as the filing service reads it for anyone (not an opening of its own in the audit trail). */
    private Topology topology(Filing f, int number) {
        FilingVersion v = filings.version(f.id, number, false);
        return topologies.parse(v.content.getBytes(StandardCharsets.UTF_8), "application/json");
    }
}
