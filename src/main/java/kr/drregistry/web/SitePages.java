package kr.drregistry.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public pages about the service itself, linked from every page's footer: the privacy notice. */
@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class SitePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy();
    }

    @GET
    public TemplateInstance privacy() {
        return Templates.privacy();
    }
}
