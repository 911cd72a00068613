package org.sachet.api.outreach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueService;

import java.util.List;

/** The venues in the caller's places: what the offline capture page downloads before going out. */
@Path("/venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    /** A venue as the sync contract gives it. */
    public record VenueJson(String code, String name, String type, int localLevelCode, int ward) {
        static VenueJson of(Venue venue) {
            return new VenueJson(venue.getCode(), venue.getName(), venue.getType().name(), venue.getLocalLevelCode(),
                    venue.getWard());
        }
    }

    @Inject
    private VenueService venues;

    @GET
    public List<VenueJson> list() {
        return venues.inMyPlaces().stream().map(VenueJson::of).toList();
    }
}
