package org.sachet.api.geography;

import org.sachet.geography.District;
import org.sachet.geography.LocalLevel;
import org.sachet.geography.Province;

/** A local level with its district and province, as the API returns it. */
public record LocalLevelJson(int code, String nameEn, String nameNe, String category, int wards,
                             int districtCode, String districtEn, String districtNe,
                             int provinceCode, String provinceEn, String provinceNe) {

    static LocalLevelJson of(LocalLevel level) {
        District district = level.getDistrict();
        Province province = district.getProvince();
        return new LocalLevelJson(level.getCode(), level.getNameEn(), level.getNameNe(), level.getCategory().name(),
                level.getWards(), district.getCode(), district.getNameEn(), district.getNameNe(),
                province.getCode(), province.getNameEn(), province.getNameNe());
    }
}
