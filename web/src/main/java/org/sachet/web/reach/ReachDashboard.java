package org.sachet.web.reach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.reach.Bands;
import org.sachet.reach.Dashboard;
import org.sachet.reach.Indicator;
import org.sachet.reach.Progress;
import org.sachet.reach.ReachBoard;
import org.sachet.reach.ReachRequest;
import org.sachet.web.i18n.PlaceNames;
import org.sachet.web.i18n.DateDisplay;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard: reach against target for a place and fiscal period, chosen in the address
 * ({@code ?period=2083/84&place=DISTRICT:31&indicator=SBCC_PEOPLE_REACHED}) so every view can be bookmarked
 * and shared; the indicator picks what the charts show, the tables show every indicator.
 */
@Named
@ViewScoped
public class ReachDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Dashboard dashboard;

    @Inject
    private transient PlaceNames placeNames;

    @Inject
    private transient DateDisplay dates;

    private String periodText;
    private String placeText;
    private String indicatorText;
    private ReachBoard board;
    private Indicator indicator = Indicator.SBCC_PEOPLE_REACHED;
    private String coveredPlaces;

    /** Reads the address; a period, place or indicator that cannot be read is said, and the default shown. */
    public void load() {
        ReachRequest request = ReachRequest.parse(periodText, placeText, dashboard.home());
        request.problems().forEach(Feedback::error);
        if (indicatorText != null && !indicatorText.isBlank()) {
            Indicator chosen = Indicator.byCode(indicatorText).orElse(null);
            if (chosen == null) {
                Feedback.error("targets.import.badIndicator", indicatorText);
            } else {
                indicator = chosen;
            }
        }
        try {
            board = dashboard.board(request.period(), request.place());
        } catch (RuleViolation e) {
            Feedback.error(e);
            board = dashboard.board(request.period(), dashboard.home());
        }
        java.util.Set<Place> mine = dashboard.myPlaces();
        coveredPlaces = mine.contains(Place.COUNTRY) ? null : mine.stream().map(placeNames::shortName).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        periodText = board.period().toString();
        placeText = board.place().toString();
        indicatorText = indicator.name();
    }

    public ReachBoard getBoard() {
        return board;
    }

    /** The fiscal years around this one, each with its quarters, newest first. */
    public List<FiscalPeriod> getPeriods() {
        int current = FiscalPeriod.yearOf(NepaliTime.today()).startYear();
        List<FiscalPeriod> periods = new ArrayList<>();
        for (int year = current + 1; year >= current - 2; year--) {
            FiscalPeriod fiscalYear = FiscalPeriod.year(year);
            periods.add(fiscalYear);
            periods.addAll(fiscalYear.quarters());
        }
        return periods;
    }

    public List<Indicator> getIndicators() {
        return Arrays.asList(Indicator.values());
    }

    public Progress getFocus() {
        return board.of(indicator);
    }

    public boolean isAnyTarget() {
        return board.progress().stream().anyMatch(Progress::hasTarget);
    }

    /** Achieved as a share of target per indicator that has one, against the share of the period passed. */
    public String getProgressChart() {
        List<String> names = new ArrayList<>();
        List<Integer> achieved = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        int elapsed = (int) Math.round(board.elapsedShare() * 100);
        for (Progress p : board.progress()) {
            if (p.hasTarget()) {
                names.add(Feedback.text("indicator." + p.indicator().name()));
                achieved.add(Math.min(p.percent(), 200));
                expected.add(elapsed);
            }
        }
        return ChartJson.bar().horizontal().labels(names)
                .dataset(Feedback.text("reach.chart.achievedPercent"), achieved)
                .dataset(Feedback.text("reach.chart.expectedPercent"), expected).toJson();
    }

    /** The chosen indicator in each place one level down (or each ward). */
    public String getPlacesChart() {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        boolean anyTarget = false;
        for (ReachBoard.Row<Place> child : board.children()) {
            names.add(placeNames.shortName(child.key()));
            values.add(child.of(indicator).achieved());
            Long target = child.of(indicator).target();
            anyTarget |= target != null;
            targets.add(target == null ? 0 : target);
        }
        for (ReachBoard.Row<Integer> ward : board.wards()) {
            names.add(Feedback.text("reach.wardNumber", ward.key()));
            values.add(ward.of(indicator).achieved());
            targets.add(0L);
        }
        ChartJson chart = ChartJson.bar().labels(names).dataset(Feedback.text("reach.column.achieved"), values);
        return anyTarget ? chart.dataset(Feedback.text("reach.column.target"), targets).toJson() : chart.toJson();
    }

    /** The chosen indicator by BS month. */
    public String getTrendChart() {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (ReachBoard.Row<BikramSambatDate> month : board.months()) {
            names.add(dates.month(month.key()));
            values.add(month.of(indicator).achieved());
        }
        return ChartJson.line().labels(names).dataset(Feedback.text("indicator." + indicator.name()), values)
                .toJson();
    }

    /** The chosen indicator by sex and age band. */
    public String getBandsChart() {
        Bands b = getFocus().reached();
        return ChartJson.bar().labels(List.of(Feedback.text("sessions.girls"),
                        Feedback.text("sessions.boys"), Feedback.text("sessions.women"),
                        Feedback.text("sessions.men"), Feedback.text("sessions.other")))
                .dataset(Feedback.text("indicator." + indicator.name()),
                        List.of(b.girlsUnder18(), b.boysUnder18(), b.womenAdult(), b.menAdult(), b.other()))
                .toJson();
    }

    public List<Progress> getDisaggregated() {
        return board.progress().stream().filter(p -> p.indicator().isDisaggregated()).toList();
    }

    /** For someone who does not see the whole country: the places the figures cover. */
    public String getCoveredPlaces() {
        return coveredPlaces;
    }

    public int getElapsedPercent() {
        return (int) Math.round(board.elapsedShare() * 100);
    }

    public String getPeriod() {
        return periodText;
    }

    public void setPeriod(String period) {
        this.periodText = period;
    }

    public String getPlace() {
        return placeText;
    }

    public void setPlace(String place) {
        this.placeText = place;
    }

    public String getIndicator() {
        return indicatorText;
    }

    public void setIndicator(String indicator) {
        this.indicatorText = indicator;
    }

    public Indicator getChosenIndicator() {
        return indicator;
    }
}
