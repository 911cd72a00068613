package org.sachet.web.curriculum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;

/** The editors' list of curriculum editions, drafts first, with "revise as a new edition". */
@Named
@ViewScoped
public class EditionList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurriculumService curricula;

    private transient List<CurriculumEdition> editions;
    private String newLabel;
    private String code;
    private String nameEn;
    private String nameNe;
    private String firstLabel;
    private String summaryEn;
    private String summaryNe;

    public List<CurriculumEdition> getEditions() {
        if (editions == null) {
            editions = curricula.allEditions();
        }
        return editions;
    }

    /** Starts a new draft edition from this one and opens it. */
    public String revise(CurriculumEdition source) {
        try {
            CurriculumEdition draft = curricula.revise(source.getId(), newLabel);
            Feedback.info("edition.revised", draft.getLabel());
            Feedback.keepForRedirect();
            return "/editor/edition?faces-redirect=true&id=" + draft.getId();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    /** Starts a curriculum with its first, empty draft edition, and opens it. */
    public String createCurriculum() {
        try {
            CurriculumEdition draft = curricula.startCurriculum(code, nameEn, nameNe, firstLabel, summaryEn, summaryNe);
            Feedback.info("editions.created", draft.getLabel());
            Feedback.keepForRedirect();
            return "/editor/edition?faces-redirect=true&id=" + draft.getId();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameNe() {
        return nameNe;
    }

    public void setNameNe(String nameNe) {
        this.nameNe = nameNe;
    }

    public String getFirstLabel() {
        return firstLabel;
    }

    public void setFirstLabel(String firstLabel) {
        this.firstLabel = firstLabel;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryNe() {
        return summaryNe;
    }

    public void setSummaryNe(String summaryNe) {
        this.summaryNe = summaryNe;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }
}
