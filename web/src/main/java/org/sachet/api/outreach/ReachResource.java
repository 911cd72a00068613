package org.sachet.api.outreach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sachet.curriculum.KitDownloads;
import org.sachet.outreach.OutreachFigures;
import org.sachet.outreach.SticksAndStonesCompletions;

import java.util.Map;

/** Reach figures for programme staff: what the targets and dashboards are counted from. */
@Path("/reach")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReachResource {

    /**
     * Classes that covered every lesson of their edition, their students by sex, and lesson kits downloaded
     * (in all, and per kit id).
     */
    public record SticksAndStonesJson(int classesCompleted, int girlsCompleted, int boysCompleted,
                                      int studentsCompleted, long kitDownloads, Map<String, Long> kitDownloadsByKit) {
    }

    @Inject
    private OutreachFigures figures;

    @Inject
    private KitDownloads kitDownloads;

    @GET
    @Path("/sticks-and-stones")
    @Operation(summary = "Sticks and Stones completions and lesson kit downloads (programme staff)",
            description = "A class that has taught every lesson of its edition counts its enrolled girls and boys "
                    + "as completed, once each. Kit downloads count each download started, never by person.")
    public SticksAndStonesJson sticksAndStones() {
        SticksAndStonesCompletions completions = figures.sticksAndStonesCompletions();
        return new SticksAndStonesJson(completions.classes(), completions.girls(), completions.boys(),
                completions.students(), kitDownloads.total(), kitDownloads.countsByKit());
    }
}
