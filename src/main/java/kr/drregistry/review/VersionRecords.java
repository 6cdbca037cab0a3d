package kr.drregistry.review;

import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.filing.VersionStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;
import kr.drregistry.topology.api.ReportDigest;
import kr.drregistry.topology.api.ReportDigests;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.StoredReport;

/**
 * A submitted version as a record people read: the filing and organisation, the version's hash, policy and
 * submitter, its review status ({@link VersionStatus}), the findings frozen with it and the reviewers' decisions
 * on it. The operator's pages, the exports and the regulator's pages read versions through here; who may read
 * what is decided by {@link FilingService}.
 */
@ApplicationScoped
public class VersionRecords {
    @Inject
    FilingService filings;
    @Inject
    FilingQueries filingQueries;
    @Inject
    ObjectMapper json;
    @Inject
    ReportDigests digests;

    /**
     * One version. {@code people} maps the usernames of the submitter and the deciders to their display names;
     * {@code content} is the canonical JSON (only when asked for).
     */
    public record VersionRecord(FilingView filing, String organisationSlug, String organisationKo, String organisationEn,
                                VersionView version, VersionStatus status, ReportView report, List<DecisionView> decisions,
                                Map<String, String> people, String content, ReportDigest digest) {
        /** The display name of {@code username} (the username itself when unknown). */
        public String person(String username) {
            return username == null ? "" : people.getOrDefault(username, username);
        }

        /** All the version's findings, also when {@code report} holds only its digest's. */
        public int findingCount() {
            return digest != null ? digest.findingTotal() : report.findings().size();
        }

        public boolean latest() {
            return version.number() == filing.latestVersion();
        }
    }

    /** Version {@code number} of filing {@code id} without its content. */
    @Transactional
    public VersionRecord get(UUID id, int number) {
        return load(id, number, false);
    }

    /** Version {@code number} of filing {@code id} with its canonical content (for exports). */
    @Transactional
    public VersionRecord withContent(UUID id, int number) {
        return load(id, number, true);
    }

    /**
     * Version {@code number} without its content and, when it has a {@link ReportDigest}, with the digest's findings
     * as its report and the digest beside it: what a page lists first, read without the full report.
     */
    @Transactional
    public VersionRecord digested(UUID id, int number) {
        return load(id, number, false, true);
    }

    /**
     * Version {@code number} without its content (a plan's review reads it itself; a 100,000-component topology's is
     * 63 MB the page does not show), its report as its digest when the report has more than {@code digestAbove}
     * findings (the review page of a big report).
     */
    @Transactional
    public VersionRecord forReview(UUID id, int number, int digestAbove) {
        return load(id, number, false, digestAbove);
    }

    private VersionRecord load(UUID id, int number, boolean withContent) {
        return load(id, number, withContent, Integer.MAX_VALUE);
    }

    private VersionRecord load(UUID id, int number, boolean withContent, boolean digested) {
        return load(id, number, withContent, digested ? -1 : Integer.MAX_VALUE);
    }

    /** {@code digestAbove}: use the digest when the report has more findings than this (-1: always; MAX: never). */
    private VersionRecord load(UUID id, int number, boolean withContent, int digestAbove) {
        FilingVersion v = filings.version(id, number);
        FilingView filing = filings.get(id);
        VersionView view = filing.versions().stream().filter(x -> x.number() == number).findFirst()
                .orElseGet(() -> FilingService.versionView(filingQueries.filing(id), v));
        Organisation org = Organisation.findBySlug(filing.organisation());
        List<DecisionView> decisions = VersionStatus.decisionsOn(filing, number);
        Set<String> usernames = new TreeSet<>();
        usernames.add(v.submittedBy);
        decisions.forEach(d -> usernames.add(d.decidedBy()));
        ReportDigest digest = digestAbove == Integer.MAX_VALUE ? null
                : digests.find(id, number).filter(d -> d.findingTotal() > digestAbove).orElse(null);
        return new VersionRecord(filing, org.slug, org.nameKo, org.nameEn, view, VersionStatus.of(filing, number),
                digest != null ? digest.shown() : report(v.report), decisions, displayNames(usernames),
                withContent ? v.content : null, digest);
    }

    private ReportView report(String stored) {
        if (stored == null) {
            return new ReportView(null, Map.of(), List.of(), List.of());
        }
        return StoredReport.read(json, stored);
    }

    private static Map<String, String> displayNames(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            AppUser.<AppUser>list("username in ?1", usernames).forEach(u -> names.put(u.username, u.displayName));
        }
        return names;
    }
}
