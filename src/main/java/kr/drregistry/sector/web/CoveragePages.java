package kr.drregistry.sector.web;

import kr.drregistry.sector.CoverageService;
import kr.drregistry.sector.TrendService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;

/** The regulator's coverage page (who must file, who filed, who is overdue) and the trends page (findings over time). */
@Path("/regulator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class CoveragePages {
    @Inject
    CoverageService coverage;
    @Inject
    TrendService trends;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(CoverageService.CoverageView v, String query, String asOfParam);

        static native TemplateInstance trends(TrendService.Trends t);
    }

    @GET
    @Path("coverage")
    public TemplateInstance coverage(@QueryParam("year") Integer year, @QueryParam("coverage") String cov,
                                     @QueryParam("overdue") boolean overdue, @QueryParam("kind") String kind,
                                     @QueryParam("asof") String asOf, @QueryParam("sort") String sort,
                                     @QueryParam("desc") boolean desc, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.invalid("plan year between 2000 and 2100", List.of());
        }
        LocalDate day = date(asOf);
        CoverageService.CoverageView v = coverage.coverage(new CoverageService.Filter(year, blank(cov), overdue, blank(kind), sort,
                desc, page, size, day));
        return Templates.coverage(v, query(v.filter(), overdue), day == null ? "" : day.toString());
    }

    @GET
    @Path("trends")
    public TemplateInstance trends(@QueryParam("from") Integer from, @QueryParam("to") Integer to,
                                   @QueryParam("months") @DefaultValue("12") int months) {
        return Templates.trends(trends.trends(new TrendService.Filter(from, to, months)));
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("as-of date is YYYY-MM-DD", List.of());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The filter as a query string (without sort, direction and page), for sorting and paging links. */
    static String query(CoverageService.Filter f, boolean overdue) {
        StringBuilder q = new StringBuilder();
        add(q, "year", f.planYear() == null ? null : f.planYear().toString());
        add(q, "coverage", f.coverage());
        add(q, "kind", f.kind());
        add(q, "overdue", overdue ? "true" : null);
        add(q, "asof", f.asOf() == null ? null : f.asOf().toString());
        add(q, "size", Integer.toString(f.size()));
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Template helpers of these pages. */
    @TemplateExtension(namespace = "covf")
    static final class Format {
        private Format() {
        }

        /** 22500 → "22,500", 2.5000 → "2.5", null → "—". */
        static String num(BigDecimal value) {
            if (value == null) {
                return "—";
            }
            return kr.drregistry.web.TemplateHelpers.decimal(value);
        }
    }
}
