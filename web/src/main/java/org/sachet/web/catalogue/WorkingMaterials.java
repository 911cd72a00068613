package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.VersionState;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Every material as editors and reviewers work on it, published or not, with its newest version's state. */
@Named
@ViewScoped
public class WorkingMaterials implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueQueries catalogue;

    private String search;
    private Map<Long, VersionState> newestStates = Map.of();

    // read with each page, so the list asks for the newest versions once, not once per row
    private final LazyDataModel<Material> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalogue.workingCount(search);
        }

        @Override
        public List<Material> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            List<Material> page = catalogue.workingList(search, first, pageSize);
            newestStates = catalogue.newestStates(page.stream().map(Material::getId).toList());
            return page;
        }

        @Override
        public String getRowKey(Material material) {
            return String.valueOf(material.getId());
        }
    };

    /** The newest version's state, which says what the material waits for. */
    public String latestState(Material material) {
        VersionState state = newestStates.get(material.getId());
        return state == null ? "NONE" : state.name();
    }

    public LazyDataModel<Material> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
