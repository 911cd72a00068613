package org.sachet.api.curriculum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.sachet.curriculum.LessonKits;

import java.util.List;

/** The lesson kits a signed-in caller may download; the archives themselves are served by {@link KitFileFilter}. */
@Path("/kits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @Inject
    private LessonKits kits;

    @Context
    private UriInfo uri;

    @GET
    public List<KitJson> list() {
        String base = uri.getBaseUri().toString();
        return kits.kits().stream().map(kit -> KitJson.of(kit, base)).toList();
    }
}
