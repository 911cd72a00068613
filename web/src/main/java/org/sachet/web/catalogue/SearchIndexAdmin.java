package org.sachet.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueSearch;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.i18n.NumberDisplay;

/** The administrator's view of the catalogue's search index, and the rebuild from the database. */
@Named
@RequestScoped
public class SearchIndexAdmin {

    @Inject
    private CatalogueSearch search;

    @Inject
    private NumberDisplay numbers;

    private CatalogueSearch.IndexState state;

    public CatalogueSearch.IndexState getState() {
        if (state == null) {
            state = search.indexState();
        }
        return state;
    }

    public void rebuild() {
        int indexed = search.rebuildIndex();
        state = null;
        Feedback.info("searchIndex.rebuilt", numbers.number(indexed));
    }
}
