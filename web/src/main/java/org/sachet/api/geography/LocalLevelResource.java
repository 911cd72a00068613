package org.sachet.api.geography;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sachet.geography.GeographyService;
import org.sachet.platform.RuleViolation;

import java.util.List;

/** Nepal's local levels with their districts and provinces: the reference list every client needs. */
@Path("/geography/local-levels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR", "PRODUCER"})
public class LocalLevelResource {

    @Inject
    private GeographyService geography;

    @GET
    public List<LocalLevelJson> list(@QueryParam("province") String province,
                                     @QueryParam("district") String district) {
        Integer provinceCode = code("province", province);
        Integer districtCode = code("district", district);
        if (provinceCode != null && geography.province(provinceCode).isEmpty()) {
            throw new RuleViolation("province", "place.unknownProvince", province);
        }
        if (districtCode != null && geography.district(districtCode).isEmpty()) {
            throw new RuleViolation("district", "place.unknownDistrict", district);
        }
        return geography.localLevels(provinceCode, districtCode).stream().map(LocalLevelJson::of).toList();
    }

    private static Integer code(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "place.malformedCode", text);
        }
    }
}
