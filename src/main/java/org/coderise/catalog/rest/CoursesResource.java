package org.coderise.catalog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.catalog.api.CourseQuery;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.catalog.application.CourseAssets;

/** The public catalog: anyone may browse courses before registering. */
@Path("courses")
@RequestScoped
public class CoursesResource {
    /** Assets may be SVG: a strict policy keeps a crafted one from running script when opened directly. */
    private static final String ASSET_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    @Inject
    Catalog catalog;

    @Inject
    CourseAssets assets;

    /**
     * Published courses, filtered.
     *
     * @param language programming language id; {@code lang} the instruction language; {@code q} words to find
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CourseSummary> list(@QueryParam("language") String language, @QueryParam("level") String level,
            @QueryParam("lang") String instructionLanguage, @QueryParam("q") String text,
            @QueryParam("locale") @DefaultValue("en") String locale) {
        return catalog.courses(new CourseQuery(language, level, instructionLanguage, text), locale);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CourseOutline outline(@PathParam("id") String id, @QueryParam("locale") @DefaultValue("en") String locale) {
        return catalog.outline(id, locale).orElseThrow(NotFoundException::new);
    }

    /** A file of the course that a lesson shows (images) or links to. */
    @GET
    @Path("{id}/assets/{path: .+}")
    public Response asset(@PathParam("id") String id, @PathParam("path") String path) {
        CourseAssets.Asset asset = assets.find(id, path).orElseThrow(NotFoundException::new);
        return Response.ok(asset.path().toFile(), asset.mediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", ASSET_POLICY)
                .header("Cache-Control", "public, max-age=3600")
                .build();
    }
}
