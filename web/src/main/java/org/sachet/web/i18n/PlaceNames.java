package org.sachet.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.geography.GeographyService;
import org.sachet.geography.Place;
import org.sachet.http.Messages;

/** Names places for the page, in the viewer's language, with their parents ("Hetauda, Makwanpur, ..."). */
@Named
@RequestScoped
public class PlaceNames {

    @Inject
    private GeographyService geography;

    @Inject
    private UserPreferences preferences;

    public String name(Place place) {
        String language = preferences.getLanguage().code();
        return switch (place.getLevel()) {
            case COUNTRY -> Messages.get(preferences.getLocale(), "place.country");
            case PROVINCE -> geography.province(place.getCode()).map(p -> p.name(language)).orElse(place.toString());
            case DISTRICT -> geography.district(place.getCode())
                    .map(d -> d.name(language) + ", " + d.getProvince().name(language)).orElse(place.toString());
            case LOCAL_LEVEL -> geography.localLevel(place.getCode())
                    .map(l -> l.name(language) + ", " + l.getDistrict().name(language) + ", "
                            + l.getDistrict().getProvince().name(language)).orElse(place.toString());
        };
    }

    /** The place's own name, without its parents ("the programme" for the country). */
    public String shortName(Place place) {
        String language = preferences.getLanguage().code();
        return switch (place.getLevel()) {
            case COUNTRY -> Messages.get(preferences.getLocale(), "place.programme");
            case PROVINCE -> geography.province(place.getCode()).map(p -> p.name(language)).orElse(place.toString());
            case DISTRICT -> geography.district(place.getCode()).map(d -> d.name(language)).orElse(place.toString());
            case LOCAL_LEVEL -> geography.localLevel(place.getCode()).map(l -> l.name(language))
                    .orElse(place.toString());
        };
    }

    /** A local level by its own name, without its district and province: "Hetauda". */
    public String localLevelName(int code) {
        return shortName(Place.localLevel(code));
    }

    /** A local level by its code, with its district and province. */
    public String localLevel(int code) {
        return name(Place.localLevel(code));
    }
}
