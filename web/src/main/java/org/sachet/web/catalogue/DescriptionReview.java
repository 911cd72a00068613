package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.DescriptionChange;
import org.sachet.catalogue.MaterialDescriptions;
import org.sachet.catalogue.MaterialDraft;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;

/** A reviewer compares a published material's description with the change waiting, and approves or rejects it. */
@Named
@ViewScoped
public class DescriptionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MaterialDescriptions descriptions;

    private Long id;
    private DescriptionChange change;
    private String note;
    private String rejectionReason;

    public void load() {
        change = id == null ? null : descriptions.find(id).orElse(null);
    }

    public void approve() {
        try {
            change = descriptions.approve(id, note);
            Feedback.info("description.approved");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    public void reject() {
        try {
            change = descriptions.reject(id, rejectionReason);
            Feedback.info("description.rejected");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    /** The description the catalogue shows now. */
    public MaterialDraft getPublished() {
        return change.getMaterial().toDraft();
    }

    public MaterialDraft getProposed() {
        return change.toDraft();
    }

    public boolean isOwnChange() {
        return change != null && change.getProposedBy().equals(
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public DescriptionChange getChange() {
        return change;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
