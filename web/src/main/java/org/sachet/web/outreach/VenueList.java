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

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
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
    private transient Part file;
    private List<VenueImport.Row> importRows = List.of();
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

    /** Reads an uploaded CSV file and checks every row, adding nothing yet. */
    public void checkFile() {
        if (file == null || file.getSize() == 0) {
            Feedback.error("venues.import.empty");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            importRows = venues.checkImport(VenueImport.read(content));
        } catch (RuleViolation e) {
            importRows = List.of();
            Feedback.error(e);
        } catch (IOException e) {
            importRows = List.of();
            Feedback.error("venues.import.notCsv");
        }
    }

    public void importAll() {
        importChecked(false);
    }

    public void importGoodRows() {
        importChecked(true);
    }

    private void importChecked(boolean goodRowsOnly) {
        try {
            int added = venues.importRows(importRows, goodRowsOnly);
            Feedback.info("venues.import.done", added);
            importRows = List.of();
            list = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void cancelImport() {
        importRows = List.of();
    }

    public List<VenueImport.Row> getImportRows() {
        return importRows;
    }

    public long getBadRows() {
        return importRows.stream().filter(row -> !row.isGood()).count();
    }

    public long getGoodRows() {
        return importRows.size() - getBadRows();
    }

    /** Why a row cannot be imported, in the viewer's language. */
    public String problemOf(VenueImport.Row row) {
        return row.isGood() ? "" : Feedback.text(row.problem(), row.arguments().toArray());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
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
