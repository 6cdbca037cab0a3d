package kr.drregistry.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.platform.ProblemException;

/**
 * Organisations and their designation figures, scoped by {@link TenantScope}. Shared by the portal and the API. The
 * figures decide whether an operator must file, so a change is made only by the organisation's officer or corrected
 * by the regulator lead ({@link TenantScope#requireDesignationChange}), with a reason, and kept: the figures before
 * and after in {@code designation_change}, and an audit entry.
 */
@ApplicationScoped
public class OrganisationService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<OrganisationView> list() {
        UUID only = scope.readableOrganisation();
        List<Organisation> orgs = only == null ? Organisation.<Organisation>listAll(Sort.by("slug")) : Organisation.<Organisation>list("id", only);
        Map<UUID, DesignationChange> latest = DesignationChange.<DesignationChange>list(
                        "from DesignationChange d where d.changedAt = "
                        + "(select max(c.changedAt) from DesignationChange c where c.organisationId = d.organisationId)")
                .stream().collect(Collectors.toMap(c -> c.organisationId, Function.identity(), (a, b) -> a));
        return orgs.stream().map(o -> OrganisationView.of(o, latest.get(o.id))).toList();
    }

    @Transactional
    public OrganisationView get(String slug) {
        Organisation org = readable(slug);
        return OrganisationView.of(org, DesignationChange.latestOf(org.id));
    }

    /** Every change of the organisation's designation figures, newest first. */
    @Transactional
    public List<DesignationChangeView> history(String slug) {
        Organisation org = readable(slug);
        return DesignationChange.<DesignationChange>list("organisationId = ?1 order by changedAt desc", org.id).stream()
                .map(DesignationChangeView::of).toList();
    }

    /**
     * Replaces the designation figures with {@code update}'s, as the officer's change or the regulator lead's
     * correction; a stale {@code version} is refused (409) rather than overwriting. Nothing is recorded when the
     * figures stay the same.
     */
    @Transactional
    public OrganisationView updateDesignation(String slug, DesignationUpdate update) {
        Organisation org = readable(slug);
        Actor actor = scope.actor();
        boolean byRegulator = scope.requireDesignationChange(org.id, org.kind, "the designation figures of " + slug);
        if (update.version() != org.rowVersion) {
            long current = org.rowVersion;
            long sent = update.version();
            throw ProblemException.conflict("stale-version", m -> m.stale_organisation(slug, current, sent));
        }
        DesignationFigures before = DesignationFigures.of(org);
        DesignationFigures after = update.figures();
        List<String> changes = before.changesTo(after);
        if (changes.isEmpty()) {
            return OrganisationView.of(org, DesignationChange.latestOf(org.id));
        }
        org.dailyUsers = after.dailyUsers();
        org.trafficSharePct = after.trafficSharePct();
        org.floorAreaM2 = after.floorAreaM2();
        org.receivedPowerMw = after.receivedPowerMw();
        org.revenueKrw = after.revenueKrw();
        org.contactEmail = after.contactEmail();
        org.updatedAt = clock.instant();
        org.persistAndFlush();

        DesignationChange change = new DesignationChange();
        change.id = UUID.randomUUID();
        change.organisationId = org.id;
        change.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        change.changedBy = actor.username();
        change.byRegulator = byRegulator;
        change.reason = update.reason().strip();
        change.rowVersion = org.rowVersion;
        change.figures(before, after);
        change.persist();
        audit.record(actor, byRegulator ? "organisation.designation-corrected-by-regulator" : "organisation.designation-changed",
                "organisation", org.slug, String.join("; ", changes) + "; reason: " + change.reason);
        return OrganisationView.of(org, change);
    }

    private Organisation readable(String slug) {
        Organisation org = Organisation.findBySlug(slug);
        if (org == null) {
            throw ProblemException.notFound("organisation " + slug);
        }
        scope.requireReadable(org.id, "organisation " + slug);
        return org;
    }
}
