package org.sachet.web.outreach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueDraft;
import org.sachet.outreach.VenueService;
import org.sachet.outreach.VenueType;
import org.sachet.platform.RuleViolation;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;

/** The venues in the caller's places, and "Add a venue". */
@Named
@ViewScoped
public class VenueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient VenueService venues;

    @Inject
    private PlacePicker place;

    private transient List<Venue> list;
    private VenueType type;
    private String name;
    private String code;
    private String schoolCode;

    public List<Venue> getVenues() {
        if (list == null) {
            list = venues.inMyPlaces();
        }
        return list;
    }

    public VenueType[] getTypes() {
        return VenueType.values();
    }

    public void create() {
        try {
            Venue venue = venues.create(new VenueDraft(code, name, type, place.getLocalLevelCode(), place.getWard(),
                    schoolCode));
            Feedback.info("venues.created", venue.getName(), venue.getCode());
            list = null;
            name = null;
            code = null;
            schoolCode = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public PlacePicker getPlace() {
        return place;
    }

    public VenueType getType() {
        return type;
    }

    public void setType(VenueType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }
}
