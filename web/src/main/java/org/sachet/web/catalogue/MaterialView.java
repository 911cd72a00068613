package org.sachet.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.Material;

/** One published material as its readers see it, with the download and its size. */
@Named
@RequestScoped
public class MaterialView {

    @Inject
    private CatalogueQueries catalogue;

    private Long id;
    private Material material;

    public void load() {
        material = id == null ? null : catalogue.findVisible(id).orElse(null);
    }

    public boolean isFound() {
        return material != null;
    }

    public Material getMaterial() {
        return material;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
