package org.sachet.api.reach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sachet.curriculum.KitDownloads;
import org.sachet.geography.Place;
import org.sachet.outreach.OutreachFigures;
import org.sachet.outreach.SticksAndStonesCompletions;
import org.sachet.reach.Bands;
import org.sachet.reach.Dashboard;
import org.sachet.reach.Progress;
import org.sachet.reach.ReachBoard;
import org.sachet.reach.ReachRequest;

import java.time.LocalDate;
import java.util.List;
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

    /** One indicator's figure in a place, ward or month; target figures only where a target is set. */
    public record ProgressJson(String indicator, String counting, long achieved, Long target, Long expectedByNow,
                               Integer percent, String status, Bands bands) {

        static ProgressJson of(Progress p) {
            return new ProgressJson(p.indicator().name(), p.indicator().counting().name(), p.achieved(), p.target(),
                    p.hasTarget() ? p.expectedByNow() : null, p.hasTarget() ? p.percent() : null,
                    p.status().name(), p.reached());
        }

        static List<ProgressJson> all(List<Progress> progress) {
            return progress.stream().map(ProgressJson::of).toList();
        }
    }

    public record RowJson(String key, List<ProgressJson> indicators) {
    }

    public record BoardJson(String period, String place, LocalDate from, LocalDate to, double elapsedShare,
                            List<ProgressJson> indicators, List<RowJson> places, List<RowJson> wards,
                            List<RowJson> months) {
    }

    @Inject
    private OutreachFigures figures;

    @Inject
    private Dashboard dashboard;

    @GET
    public BoardJson reach(@QueryParam("period") String period, @QueryParam("place") String place) {
        ReachRequest request = ReachRequest.parse(period, place, Place.COUNTRY).orRefuse();
        ReachBoard board = dashboard.board(request.period(), request.place());
        return new BoardJson(board.period().toString(), board.place().toString(), board.period().start(),
                board.period().end(), board.elapsedShare(), ProgressJson.all(board.progress()),
                board.children().stream().map(r -> new RowJson(r.key().toString(), ProgressJson.all(r.progress())))
                        .toList(),
                board.wards().stream().map(r -> new RowJson(String.valueOf(r.key()), ProgressJson.all(r.progress())))
                        .toList(),
                board.months().stream().map(r -> new RowJson(String.format("%04d-%02d", r.key().year(),
                        r.key().month()), ProgressJson.all(r.progress()))).toList());
    }

    @Inject
    private KitDownloads kitDownloads;

    @GET
    @Path("/sticks-and-stones")
    public SticksAndStonesJson sticksAndStones() {
        SticksAndStonesCompletions completions = figures.sticksAndStonesCompletions();
        return new SticksAndStonesJson(completions.classes(), completions.girls(), completions.boys(),
                completions.students(), kitDownloads.total(), kitDownloads.countsByKit());
    }
}
