package org.sachet.web.geography;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.geography.District;
import org.sachet.geography.GeographyService;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.Province;

import java.io.Serializable;
import java.util.List;

/**
 * The geography browser: provinces, a province's districts, a district's local levels, a local level's
 * wards. Each step is a plain link ({@code ?province=3&district=30&localLevel=337}), so it can be bookmarked
 * and works without scripts on a slow phone.
 */
@Named
@ViewScoped
public class GeographyBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GeographyService geography;

    private Integer provinceCode;
    private Integer districtCode;
    private Integer localLevelCode;

    private Province province;
    private District district;
    private LocalLevel localLevel;

    /** Reads the view parameters; an unknown code shows the level above with a message. */
    public void load() {
        localLevel = localLevelCode == null ? null : geography.localLevel(localLevelCode).orElse(null);
        if (localLevel != null) {
            district = localLevel.getDistrict();
        } else {
            district = districtCode == null ? null : geography.district(districtCode).orElse(null);
        }
        if (district != null) {
            province = district.getProvince();
        } else {
            province = provinceCode == null ? null : geography.province(provinceCode).orElse(null);
        }
    }

    public boolean isUnknownCode() {
        return (localLevelCode != null && localLevel == null) || (districtCode != null && district == null)
                || (provinceCode != null && province == null);
    }

    public List<Province> getProvinces() {
        return geography.provinces();
    }

    public List<District> getDistricts() {
        return province == null ? List.of() : geography.districts(province.getCode());
    }

    public List<LocalLevel> getLocalLevels() {
        return district == null ? List.of() : geography.localLevelsOfDistrict(district.getCode());
    }


    public Province getProvince() {
        return province;
    }

    public District getDistrict() {
        return district;
    }

    public LocalLevel getLocalLevel() {
        return localLevel;
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
}
