package org.sachet.web.outreach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.outreach.Venue;
import org.sachet.outreach.VenueDraft;
import org.sachet.outreach.VenueImport;
import org.sachet.outreach.VenueService;
import org.sachet.outreach.VenueType;
import org.sachet.platform.RuleViolation;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.platform.ImportReview;

import java.io.Serializable;
import java.util.List;

/** The venues in the caller's places: add one, correct one, or import a CSV or spreadsheet file of them. */
@Named
@ViewScoped
public class VenueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient VenueService venues;

    @Inject
    private PlacePicker place;

    private final ImportReview<VenueImport.Row> review = new ImportReview<>("venues.import");
    private transient List<Venue> list;
    /** The venue being corrected (null: the form adds one), and its version when the form was filled. */
    private Long editingId;
    private long editingVersion;
    private String editingCode;
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

    /** Adds a venue, or saves the corrections to the one being corrected. */
    public void save() {
        VenueDraft draft = new VenueDraft(code, name, type, place.getLocalLevelCode(), place.getWard(), schoolCode);
        try {
            if (editingId == null) {
                Venue venue = venues.create(draft);
                Feedback.info("venues.created", venue.getName(), venue.getCode());
                // the kind and place stay chosen: venues are often added several in one place
                name = null;
                code = null;
                schoolCode = null;
            } else {
                Venue venue = venues.correct(editingId, editingVersion, draft);
                Feedback.info("venues.corrected", venue.getName(), venue.getCode());
                clearForm();
            }
            list = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    /** Fills the form with a venue to correct. */
    public void edit(long id) {
        try {
            Venue venue = venues.venue(id);
            editingId = venue.getId();
            editingVersion = venue.getVersion();
            editingCode = venue.getCode();
            name = venue.getName();
            type = venue.getType();
            schoolCode = venue.getSchoolCode();
            code = null;
            place.choose(venue.getLocalLevelCode(), venue.getWard());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void cancelEdit() {
        clearForm();
    }

    private void clearForm() {
        editingId = null;
        editingCode = null;
        name = null;
        code = null;
        schoolCode = null;
        type = null;
        place.clear();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingCode() {
        return editingCode;
    }

    public void checkFile() {
        review.check(content -> venues.checkImport(VenueImport.read(content)));
    }

    /** Imports the checked rows: all of them, or only the good ones. */
    public void importRows(boolean goodRowsOnly) {
        if (review.importChecked(goodRowsOnly, venues::importRows)) {
            list = null;
        }
    }

    public ImportReview<VenueImport.Row> getReview() {
        return review;
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
