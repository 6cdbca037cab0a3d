package kr.drregistry.incident;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.RecoveryOverviewService.OperatorRecovery;
import kr.drregistry.incident.rules.Minutes;

/**
 * The regulator's declared-vs-drill-vs-actual recovery page of the sector (and its CSV). A literal path below
 * {@code /regulator/incidents}, so {@link IncidentReviewPages}' {@code {id}} does not take it.
 */
@Path("/regulator/incidents/recovery")
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class IncidentRecoveryPages {
    @Inject
    RecoveryOverviewService overview;
    @Inject
    RecoveryExports exports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recovery(List<OperatorRecovery> operators);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance recovery() {
        return Templates.recovery(overview.sector());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv() {
        return exports.csv(overview.sector()).response();
    }

    @GET
    @Path("export.pdf")
    public Response pdf() {
        return exports.pdf(overview.sector()).response();
    }

    @TemplateExtension(namespace = "recf")
    static final class Format {
        private Format() {
        }

        /** 7620 → "127시간 (7620분)" / "127 h (7620 min)"; 45 → "45분"; null → "—". */
        static String minutes(Number value, String lang) {
            if (value == null) {
                return "—";
            }
            long m = value.longValue();
            boolean en = "en".equals(lang);
            String human = en ? Minutes.en(m) : Minutes.ko(m);
            return m < 60 ? human : human + (en ? " (" + m + " min)" : " (" + m + "분)");
        }
    }
}
