package org.sachet.web.catalogue;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.dataview.DataView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sachet.catalogue.CatalogueSearch;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.content.search.Facet;
import org.sachet.content.search.SearchResult;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue as everyone finds materials: full-text search in English and Nepali, facets to narrow by
 * type, topic, audience and language, and a lazily loaded grid of what the visitor may see.
 */
@Named
@ViewScoped
public class CatalogueBrowser implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 12;

    @Inject
    private CatalogueSearch search;

    private String q;
    private List<String> types = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private transient CatalogueSearch.Page first; // the first page, which also carries the counts and facets
    private final Map<Long, String> snippets = new HashMap<>();

    private final LazyDataModel<Material> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) firstPage().result().totalHits();
        }

        @Override
        public List<Material> load(int offset, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            // the facets have usually asked for the first page already: one search serves both
            CatalogueSearch.Page page = offset == 0 && pageSize == PAGE_SIZE ? firstPage()
                    : search.search(q, filters(), offset, pageSize);
            page.result().hits().forEach(h -> snippets.put(h.id(), h.snippet()));
            setRowCount((int) page.result().totalHits());
            return page.materials();
        }

        @Override
        public String getRowKey(Material material) {
            return String.valueOf(material.getId());
        }
    };

    /** Runs the search again after the text or a facet changed: counts and facets follow at once. */
    public void apply() {
        first = null;
        reloadResults();
    }

    public void clear() {
        q = null;
        types = new ArrayList<>();
        topics = new ArrayList<>();
        audiences = new ArrayList<>();
        languages = new ArrayList<>();
        first = null;
        reloadResults();
    }

    // new words or facets start again at the first page; the grid loads it when it renders
    private static void reloadResults() {
        UIComponent results = FacesContext.getCurrentInstance().getViewRoot().findComponent("catalogueForm:results");
        if (results instanceof DataView view) {
            view.setFirst(0);
        }
    }

    private CatalogueSearch.Page firstPage() {
        if (first == null) {
            first = search.search(q, filters(), 0, PAGE_SIZE);
        }
        return first;
    }

    private Map<Facet, Set<String>> filters() {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.TYPE, types);
        put(filters, Facet.TOPIC, topics);
        put(filters, Facet.AUDIENCE, audiences);
        put(filters, Facet.LANGUAGE, languages);
        return filters;
    }

    private static void put(Map<Facet, Set<String>> filters, Facet facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, Set.copyOf(values));
        }
    }

    public List<SearchResult.FacetCount> counts(String facet) {
        return firstPage().result().facets().getOrDefault(Facet.valueOf(facet), List.of());
    }

    /** The label of a facet value in the visitor's language. */
    public String label(String facet, String value) {
        return switch (Facet.valueOf(facet)) {
            case TYPE -> Feedback.text("materialType." + value);
            case TOPIC -> Feedback.text("topic." + value);
            case AUDIENCE -> Feedback.text("audience." + value);
            case LANGUAGE -> Feedback.text("language." + MaterialLanguage.of(value).name());
        };
    }

    public long getTotal() {
        return firstPage().result().totalHits();
    }

    public String snippet(Material material) {
        return snippets.get(material.getId());
    }

    public LazyDataModel<Material> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }
}
