package org.sachet.api.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sachet.catalogue.CatalogueWorkflow;

/** The review workflow for scripts: send a version for review (editors), publish it (reviewers). */
@Path("/versions/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    @Inject
    private CatalogueWorkflow catalogue;

    @POST
    @Path("/submit")
    public MaterialJson.FileJson submit(@PathParam("id") long id) {
        return MaterialJson.FileJson.of(catalogue.submit(id), null);
    }

    @POST
    @Path("/publish")
    public MaterialJson.FileJson publish(@PathParam("id") long id) {
        return MaterialJson.FileJson.of(catalogue.publish(id), null);
    }
}
