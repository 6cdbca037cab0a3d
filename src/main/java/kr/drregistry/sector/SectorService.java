package kr.drregistry.sector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingQueries.CurrentFiling;
import kr.drregistry.filing.FilingType;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.topology.sector.Exposure;
import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.rules.Policy;

/**
 * The regulator's sector view of concentration risk (CONC-001): every operator's latest submitted topology (its
 * exposures were stored when the version was frozen), matched into places and ranked by users at risk. Each share
 * carries its filing's review status, so a version awaiting revision never reads as accepted.
 */
@ApplicationScoped
public class SectorService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    /** The exposures stored with the given versions (?1 filing ids, ?2 version numbers, ?3 their operators' slugs). */
    private static final String EXPOSURES = """
            select l.slug, e.place_key, e.kind, e.label, e.region, e.lat, e.lon, e.services, e.users, e.largest_service_users
              from unnest(?::uuid[], ?::int[], ?::text[]) as l(id, version, slug)
             cross join lateral (select * from version_exposure x
                                  where x.filing_id = l.id and x.version_number = l.version) e
             order by l.slug, e.place_key
            """;

    @Inject
    DataSource dataSource;
    @Inject
    FilingQueries filings;
    @Inject
    TenantScope scope;
    @Inject
    PolicyService policies;

    /** {@code rankedAt}: when the ranking was made (it is kept a while; see {@link KeptSnapshot}). */
    public record Concentration(List<SectorConcentration.Place> places, int operators, Policy.RuleSetting rule,
                                int minOperators, java.time.Instant rankedAt) {
        public List<SectorConcentration.Place> concentrated() {
            return places.stream().filter(SectorConcentration.Place::concentrated).toList();
        }
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.sector.min-refresh", defaultValue = "PT10S")
    java.time.Duration minRefresh;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.sector.max-age", defaultValue = "PT5M")
    java.time.Duration maxAge;
    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    /** The ranking, kept per active policy version (its thresholds decide what is concentrated). */
    private KeptSnapshot<Policy, Concentration> kept;

    @jakarta.annotation.PostConstruct
    void keep() {
        kept = new KeptSnapshot<>(clock, policies::current, this::rank, minRefresh, maxAge, executor);
    }

    /** Something the ranking shows changed on this replica (see {@link SnapshotInvalidation}): the next view ranks again. */
    void changed() {
        kept.changed();
    }

    /**
     * The sector's ranking for the regulator. Ranking every operator's exposures takes a while on a full sector, so
     * it is kept between views: ranked again after a submission or decision on this replica (at most once per
     * {@code drr.sector.min-refresh}), when the active policy changes, and in the background once older than
     * {@code drr.sector.max-age}.
     */
    public Concentration concentration() {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.notFound("sector view");
        }
        return kept.get().value();
    }

    private Concentration rank(Policy policy) {
        Map<String, List<Exposure>> byOperator = new LinkedHashMap<>();
        Map<String, String[]> operatorInfo = new LinkedHashMap<>();
        List<CurrentFiling> current = filings.currentSubmittedOfEachOrganisation(FilingType.TOPOLOGY);
        current.forEach(f -> operatorInfo.put(f.organisationSlug(), new String[] {f.organisationNameKo(), f.status().name()}));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(EXPOSURES)) {
            ps.setArray(1, c.createArrayOf("uuid", current.stream().map(CurrentFiling::filingId).toArray()));
            ps.setArray(2, c.createArrayOf("integer", current.stream().map(CurrentFiling::latestVersion).toArray()));
            ps.setArray(3, c.createArrayOf("text", current.stream().map(CurrentFiling::organisationSlug).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byOperator.computeIfAbsent(rs.getString("slug"), k -> new ArrayList<>()).add(new Exposure(rs.getString("place_key"),
                            rs.getString("kind"), rs.getString("label"), rs.getString("region"), (Double) rs.getObject("lat"),
                            (Double) rs.getObject("lon"), Arrays.asList(rs.getString("services").split(",")), rs.getLong("users"),
                            (Long) rs.getObject("largest_service_users")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sector's exposures", e);
        }
        List<SectorConcentration.OperatorExposures> sector = new ArrayList<>();
        byOperator.forEach((slug, exposures) -> sector.add(new SectorConcentration.OperatorExposures(slug,
                operatorInfo.get(slug)[0], operatorInfo.get(slug)[1], exposures)));
        int minOperators = (int) policy.param(Policy.CONCENTRATION_MIN_OPERATORS);
        return new Concentration(SectorConcentration.rank(sector, minOperators, policy.param(Policy.CONCENTRATION_SAME_SITE_KM)),
                sector.size(), policy.rule("CONC-001"), minOperators, clock.instant());
    }
}
