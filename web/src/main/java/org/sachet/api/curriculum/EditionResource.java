package org.sachet.api.curriculum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.LessonDraft;

import java.util.List;

/**
 * Curriculum editions for programs: read any edition the caller may see (drafts for editors), and for editors
 * the same steps as the pages — revise a published edition as a new draft, write a lesson, publish.
 */
@Path("/editions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    /** The label of a new edition. */
    public record Revision(String label) {
    }

    @Inject
    private CurriculumService curricula;

    @Context
    private SecurityContext security;

    @GET
    public List<EditionJson> list() {
        boolean atWork = security.isUserInRole("EDITOR") || security.isUserInRole("REVIEWER");
        List<CurriculumEdition> editions = atWork ? curricula.allEditions() : curricula.downloadableEditions();
        return editions.stream().map(EditionJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public EditionJson edition(@PathParam("id") long id) {
        return curricula.edition(id).map(EditionJson::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") long id, Revision revision) {
        CurriculumEdition draft = curricula.revise(id, revision == null ? null : revision.label());
        return Response.status(Response.Status.CREATED).entity(EditionJson.of(draft)).build();
    }

    @PUT
    @Path("/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditionJson.LessonJson reviseLesson(@PathParam("lessonId") long lessonId, LessonDraft draft) {
        if (draft == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return EditionJson.LessonJson.of(curricula.reviseLesson(lessonId, draft));
    }

    @POST
    @Path("/{id}/publish")
    public EditionJson publish(@PathParam("id") long id) {
        return EditionJson.of(curricula.publish(id));
    }
}
