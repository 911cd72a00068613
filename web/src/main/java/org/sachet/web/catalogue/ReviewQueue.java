package org.sachet.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.DescriptionChange;
import org.sachet.catalogue.MaterialDescriptions;
import org.sachet.catalogue.MaterialVersion;

import java.util.List;
import java.util.Map;

/** The versions and the description changes waiting for a reviewer, oldest first. */
@Named
@RequestScoped
public class ReviewQueue {

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private MaterialDescriptions descriptions;

    private List<DescriptionChange> descriptionChanges;

    private List<MaterialVersion> waiting;
    private Map<Long, Long> openFindings;

    public List<MaterialVersion> getWaiting() {
        if (waiting == null) {
            waiting = catalogue.reviewQueue();
            openFindings = catalogue.openFindingCounts(waiting.stream().map(MaterialVersion::getId).toList());
        }
        return waiting;
    }

    public List<DescriptionChange> getDescriptionChanges() {
        if (descriptionChanges == null) {
            descriptionChanges = descriptions.waiting();
        }
        return descriptionChanges;
    }

    public long openFindings(MaterialVersion version) {
        getWaiting();
        return openFindings.getOrDefault(version.getId(), 0L);
    }
}
