package org.sachet.web.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.radio.BroadcastService;
import org.sachet.radio.StationMonth;
import org.sachet.web.i18n.Feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broadcasts against what was paid, a station a line, for one Bikram Sambat month ({@code ?month=2083-08}): read by
 * whoever checks a station's invoice. The month is a link, so a reconciliation can be sent to someone.
 */
@Named
@RequestScoped
public class ReconciliationPage {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    @Inject
    private BroadcastService broadcasts;

    private BikramSambatDate month;
    private List<StationMonth> stations;
    private StationMonth total;

    public void load() {
        BikramSambatDate thisMonth = firstOf(BikramSambatDate.fromGregorian(NepaliTime.today()));
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("month");
        month = thisMonth;
        if (asked != null && !asked.isBlank()) {
            Matcher m = MONTH.matcher(asked.strip());
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException(asked);
                }
                month = BikramSambatDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            } catch (IllegalArgumentException unreadable) {
                Feedback.error("radio.reconciliation.month.invalid");
            }
        }
        stations = broadcasts.reconciliation(month);
        total = StationMonth.total(stations); // read by every footer cell: summed once
    }

    private static BikramSambatDate firstOf(BikramSambatDate day) {
        return BikramSambatDate.of(day.year(), day.month(), 1);
    }

    public BikramSambatDate getMonth() {
        return month;
    }

    /** The month as the address writes it, e.g. "2083-08". */
    public String key(BikramSambatDate month) {
        return month.year() + "-" + (month.month() < 10 ? "0" : "") + month.month();
    }

    /** The months of this fiscal year and the last, up to two months ahead (slots already bought), latest first. */
    public List<BikramSambatDate> getMonths() {
        FiscalPeriod current = FiscalPeriod.yearOf(NepaliTime.today());
        BikramSambatDate thisMonth = firstOf(BikramSambatDate.fromGregorian(NepaliTime.today()));
        BikramSambatDate last = firstOf(thisMonth.plusDays(thisMonth.lengthOfMonth() + 35L));
        List<BikramSambatDate> months = new ArrayList<>(FiscalPeriod.year(current.startYear() - 1).months());
        months.addAll(current.months());
        months.addAll(FiscalPeriod.year(current.startYear() + 1).months().subList(0, 2));
        months.removeIf(m -> m.isAfter(last));
        Collections.reverse(months);
        return months;
    }

    public List<StationMonth> getStations() {
        return stations;
    }

    public StationMonth getTotal() {
        return total;
    }
}
