package org.sachet.web.reach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.geography.Place;
import org.sachet.http.Messages;
import org.sachet.reach.Indicator;
import org.sachet.reach.Progress;
import org.sachet.reach.ReachExport;
import org.sachet.web.i18n.PlaceNames;
import org.sachet.web.i18n.DateDisplay;
import org.sachet.web.i18n.UserPreferences;

/** The words of a reach workbook, in the viewer's language. */
@RequestScoped
public class ReachLabels implements ReachExport.Labels {

    @Inject
    private UserPreferences preferences;

    @Inject
    private PlaceNames placeNames;

    @Inject
    private DateDisplay dates;

    @Override
    public String place(Place place) {
        return placeNames.name(place);
    }

    @Override
    public String indicator(Indicator indicator) {
        return Messages.get(preferences.getLocale(), "indicator." + indicator.name());
    }

    @Override
    public String status(Progress.Status status) {
        return Messages.get(preferences.getLocale(), "reach.status." + status.name());
    }

    @Override
    public String month(BikramSambatDate month) {
        return dates.month(month);
    }

    @Override
    public String column(String key) {
        return Messages.get(preferences.getLocale(), "reach.column." + key);
    }
}
