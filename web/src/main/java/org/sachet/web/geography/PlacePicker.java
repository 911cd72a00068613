package org.sachet.web.geography;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.sachet.geography.District;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.Place;
import org.sachet.geography.Province;

import java.io.Serializable;
import java.util.List;

/**
 * The state of one place picker on a form: cascading choices of province, district, local level and,
 * where the form asks for it, ward. A form's backing bean injects one and renders it with the
 * {@code <s:placePicker>} tag. Choosing nothing means the whole country.
 */
@Dependent
public class PlacePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GeographyService geography;

    private Integer provinceCode;
    private Integer districtCode;
    private Integer localLevelCode;
    private Integer ward;

    public List<Province> getProvinces() {
        return geography.provinces();
    }

    public List<District> getDistricts() {
        return provinceCode == null ? List.of() : geography.districts(provinceCode);
    }

    public List<LocalLevel> getLocalLevels() {
        return districtCode == null ? List.of() : geography.localLevelsOfDistrict(districtCode);
    }

    public List<Integer> getWards() {
        return localLevelCode == null ? List.of()
                : geography.localLevel(localLevelCode).map(LocalLevel::wardNumbers).orElse(List.of());
    }

    /** Ajax listener: a new province clears the choices below it. */
    public void provinceChanged() {
        districtCode = null;
        localLevelCode = null;
        ward = null;
    }

    public void districtChanged() {
        localLevelCode = null;
        ward = null;
    }

    public void localLevelChanged() {
        ward = null;
    }

    /** The most precise place chosen. */
    public Place selected() {
        if (localLevelCode != null) {
            return Place.localLevel(localLevelCode);
        }
        if (districtCode != null) {
            return Place.district(districtCode);
        }
        if (provinceCode != null) {
            return Place.province(provinceCode);
        }
        return Place.COUNTRY;
    }

    /** Shows a local level (and ward) as chosen, with its district and province, as for correcting a record. */
    public void choose(int localLevel, Integer wardNumber) {
        geography.localLevel(localLevel).ifPresent(level -> {
            provinceCode = level.getDistrict().getProvince().getCode();
            districtCode = level.getDistrict().getCode();
            localLevelCode = level.getCode();
            ward = wardNumber;
        });
    }

    public void clear() {
        provinceCode = null;
        provinceChanged();
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

    public Integer getLocalLevelCode() {
        return localLevelCode;
    }

    public void setLocalLevelCode(Integer localLevelCode) {
        this.localLevelCode = localLevelCode;
    }

    public Integer getWard() {
        return ward;
    }

    public void setWard(Integer ward) {
        this.ward = ward;
    }
}
