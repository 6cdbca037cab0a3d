package kr.drregistry.identity;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.platform.ProblemException;

/** Organisations and their designation fields, scoped by {@link TenantScope}. Shared by the portal and the API. */
@ApplicationScoped
public class OrganisationService {
    @Inject
    TenantScope scope;

    @Transactional
    public List<OrganisationView> list() {
        java.util.UUID only = scope.readableOrganisation();
        List<Organisation> orgs = only == null
                ? Organisation.<Organisation>listAll(io.quarkus.panache.common.Sort.by("slug"))
                : Organisation.<Organisation>list("id", only);
        return orgs.stream().map(OrganisationView::of).toList();
    }

    @Transactional
    public OrganisationView get(String slug) {
        return OrganisationView.of(readable(slug));
    }

    /** Updates the designation fields; a stale {@code version} is refused (409) rather than overwriting. */
    @Transactional
    public OrganisationView updateDesignation(String slug, DesignationUpdate update) {
        Organisation org = readable(slug);
        scope.requireOperatorWrite(org.id, "organisation " + slug);
        if (update.version() != org.rowVersion) {
            throw ProblemException.conflict("stale-version", "organisation " + slug + " was changed by someone else (version "
                    + org.rowVersion + ", you sent " + update.version() + "); reload and try again");
        }
        org.dailyUsers = update.dailyUsers();
        org.trafficSharePct = update.trafficSharePct();
        org.floorAreaM2 = update.floorAreaM2();
        org.receivedPowerMw = update.receivedPowerMw();
        org.revenueKrw = update.revenueKrw();
        org.contactEmail = update.contactEmail();
        org.updatedAt = Instant.now();
        org.persistAndFlush();
        return OrganisationView.of(org);
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
