package org.sachet.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueService;
import org.sachet.catalogue.MaterialVersion;

import java.util.List;

/** The versions waiting for a reviewer, oldest first. */
@Named
@RequestScoped
public class ReviewQueue {

    @Inject
    private CatalogueService catalogue;

    private List<MaterialVersion> waiting;

    public List<MaterialVersion> getWaiting() {
        if (waiting == null) {
            waiting = catalogue.reviewQueue();
        }
        return waiting;
    }

    public long openFindings(MaterialVersion version) {
        return catalogue.findings(version.getId()).stream().filter(f -> f.isOpen()).count();
    }
}
