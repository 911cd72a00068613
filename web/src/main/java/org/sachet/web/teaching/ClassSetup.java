package org.sachet.web.teaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.EditionState;
import org.sachet.outreach.Cohort;
import org.sachet.outreach.Venue;
import org.sachet.platform.RuleViolation;
import org.sachet.teaching.ClassTeaching;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * "Add a class": a teacher's class at a school in their places (adding the school when it is not listed);
 * with {@code ?id=}, "Change the class": its name, grade and enrolment.
 */
@Named
@ViewScoped
public class ClassSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClassTeaching teaching;

    @Inject
    private transient CurriculumService curricula;

    @Inject
    private PlacePicker schoolPlace;

    private Long id;
    private boolean found = true;
    private String schoolShown;
    private Long venueId;
    private String schoolName;
    private String schoolCode;
    private String name;
    private String grade;
    private Integer girls;
    private Integer boys;
    private Long editionId;
    private transient List<Venue> venues;

    public List<Venue> getVenues() {
        if (venues == null) {
            venues = teaching.myVenues();
        }
        return venues;
    }

    /** Published editions first: a new class normally starts on the current one. */
    public List<CurriculumEdition> getEditions() {
        List<CurriculumEdition> editions = curricula.downloadableEditions();
        if (editionId == null) {
            editions.stream().filter(e -> e.getState() == EditionState.PUBLISHED).findFirst()
                    .ifPresent(e -> editionId = e.getId());
        }
        return editions;
    }

    /** Fills the form from the class being changed; someone else's class is not found. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            Cohort cohort = teaching.progress(id).cohort();
            name = cohort.getName();
            grade = cohort.getGrade();
            girls = cohort.getGirls();
            boys = cohort.getBoys();
            schoolShown = cohort.getVenue().getName();
        } catch (RuleViolation e) {
            found = false;
        }
    }

    public void addSchool() {
        try {
            Venue school = teaching.addSchool(schoolName, schoolPlace.getLocalLevelCode(), schoolPlace.getWard(),
                    schoolCode);
            venues = null;
            venueId = school.getId();
            schoolName = null;
            schoolCode = null;
            Feedback.info("teach.schoolAdded", school.getName());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public String save() {
        if (id != null) {
            try {
                Cohort cohort = teaching.describeClass(id, name, grade, girls == null ? 0 : girls, boys == null ? 0 : boys);
                Feedback.info("teach.classSaved", cohort.getName());
                Feedback.keepForRedirect();
                return "/teaching/index?faces-redirect=true";
            } catch (RuleViolation e) {
                Feedback.error(e);
                return null;
            }
        }
        if (venueId == null) {
            Feedback.error("teach.school.required");
            return null;
        }
        try {
            Cohort cohort = teaching.startClass(venueId, name, grade, girls == null ? 0 : girls,
                    boys == null ? 0 : boys, editionId == null ? -1 : editionId);
            Feedback.info("teach.classAdded", cohort.getName());
            Feedback.keepForRedirect();
            return "/teaching/index?faces-redirect=true";
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getSchoolShown() {
        return schoolShown;
    }

    public PlacePicker getSchoolPlace() {
        return schoolPlace;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getGirls() {
        return girls;
    }

    public void setGirls(Integer girls) {
        this.girls = girls;
    }

    public Integer getBoys() {
        return boys;
    }

    public void setBoys(Integer boys) {
        this.boys = boys;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
