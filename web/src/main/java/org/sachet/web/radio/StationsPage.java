package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.geography.District;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.Province;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.Station;
import org.sachet.radio.StationDetails;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Community radio stations: the list, and a form to add one with the local levels its signal covers (chosen a
 * district at a time: its local levels are ticked, then added to the coverage). With {@code ?edit=id} the same
 * form corrects a station, refused if someone saved it meanwhile.
 */
@Named
@ViewScoped
public class StationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BroadcastService broadcasts;

    @Inject
    private transient GeographyService geography;

    private transient List<Station> stations;
    private String name;
    private String frequency;
    private String contact;
    private Integer provinceCode;
    private Integer districtCode;
    private Integer[] ticked = new Integer[0];
    private final TreeSet<Integer> coverage = new TreeSet<>();
    /** The station being corrected and the version the form started from; null when adding. */
    private Long editId;
    private long editVersion;

    /** Fills the form from the station named by {@code ?edit=}; an unknown one says so and leaves an empty form. */
    public void load() {
        String edit = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("edit");
        if (edit == null || edit.isBlank()) {
            return;
        }
        try {
            Long id = Addresses.number(edit);
            if (id == null) {
                throw new RuleViolation(null, "radio.station.notFound");
            }
            Station station = broadcasts.station(id);
            editId = id;
            editVersion = station.getVersion();
            name = station.getName();
            frequency = station.getFrequency();
            contact = station.getContact();
            coverage.clear();
            coverage.addAll(station.getLocalLevels());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public List<Station> getStations() {
        if (stations == null) {
            stations = broadcasts.stations();
        }
        return stations;
    }

    public boolean isMayAdd() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole("PRODUCER") || faces.getExternalContext().isUserInRole("ADMIN");
    }

    public List<Province> getProvinces() {
        return geography.provinces();
    }

    public List<District> getDistricts() {
        return provinceCode == null ? List.of() : geography.districts(provinceCode);
    }

    public List<LocalLevel> getLocalLevels() {
        return districtCode == null ? List.of() : geography.localLevelsOfDistrict(districtCode);
    }

    public void provinceChanged() {
        districtCode = null;
        ticked = new Integer[0];
    }

    public void districtChanged() {
        ticked = new Integer[0];
    }

    /** Adds the ticked local levels of the district to the coverage. */
    public void addTicked() {
        coverage.addAll(Arrays.asList(ticked));
        ticked = new Integer[0];
    }

    public void clearCoverage() {
        coverage.clear();
    }

    /** Takes one local level out of the coverage. */
    public void removeCovered(int code) {
        coverage.remove(code);
    }

    /** The covered local levels, in code order. */
    public List<LocalLevel> getCovered() {
        return coverage.stream().map(geography::localLevel).flatMap(Optional::stream).toList();
    }

    public String add() {
        try {
            StationDetails details = new StationDetails(name, frequency, contact, coverage);
            Station saved = editId == null ? broadcasts.addStation(details)
                    : broadcasts.correctStation(editId, editVersion, details);
            Feedback.info(editId == null ? "radio.station.added" : "radio.station.corrected", saved.getName());
            Feedback.keepForRedirect();
            return "/radio/station?faces-redirect=true&id=" + saved.getId();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Integer getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(Integer provinceCode) {
        this.provinceCode = provinceCode;
    }

    public Integer getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(Integer districtCode) {
        this.districtCode = districtCode;
    }

    public Integer[] getTicked() {
        return ticked;
    }

    public void setTicked(Integer[] ticked) {
        this.ticked = ticked == null ? new Integer[0] : ticked;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getEditId() {
        return editId;
    }

    public int getCoverageSize() {
        return coverage.size();
    }
}
