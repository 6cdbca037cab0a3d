package kr.drregistry.topology.web;

import kr.drregistry.filing.web.FilingFormats;
import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.guide.FormatGuide;

/**
 * The format guide ({@code /guide/drr-v1}): every field of the format's JSON Schema and every rule with its meaning,
 * the active policy's severity and basis, and its remedy; and the example filings as text. Public, like the schema
 * itself: operators write their exporters before they have an account.
 */
@Path("/guide")
public class GuidePages {
    @Inject
    FilingFormats formats;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide(FilingFormats.Format format, FormatGuide guide);
    }

    @GET
    public Response index() {
        return Response.seeOther(URI.create("/guide/" + FilingFormats.DRR_V1.slug())).build();
    }

    @GET
    @Path("{format}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance guide(@PathParam("format") String slug) {
        FilingFormats.Format format = format(slug);
        return Templates.guide(format, formats.guide(format));
    }

    /** One example filing as plain UTF-8 text (the workspace's loader fetches it; people can read or save it). */
    @GET
    @Path("{format}/examples/{file}")
    @Produces("text/plain;charset=UTF-8")
    public Response example(@PathParam("format") String slug, @PathParam("file") String file) {
        FilingFormats.Format format = format(slug);
        FilingFormats.Example example = format.example(file)
                .orElseThrow(() -> ProblemException.notFound("example " + file + " of " + slug));
        return Response.ok(formats.text(example)).header("Content-Disposition", "inline; filename=\"" + example.file() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private FilingFormats.Format format(String slug) {
        return formats.find(slug).orElseThrow(() -> ProblemException.notFound("filing format " + slug));
    }
}
