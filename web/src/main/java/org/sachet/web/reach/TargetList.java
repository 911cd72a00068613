package org.sachet.web.reach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;
import org.sachet.reach.Indicator;
import org.sachet.reach.Target;
import org.sachet.reach.TargetCsv;
import org.sachet.reach.TargetService;
import org.sachet.web.geography.PlacePicker;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.platform.ImportReview;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fiscal year's targets: set, change or remove one, import a CSV or spreadsheet file with a row report, export. */
@Named
@ViewScoped
public class TargetList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TargetService targets;

    @Inject
    private PlacePicker place;

    private transient List<Target> list;
    private final ImportReview<TargetCsv.Row> review = new ImportReview<>("targets.import");
    private Integer year;
    private Indicator indicator;
    private int quarter;
    private Long value;

    public void load() {
        int current = FiscalPeriod.yearOf(NepaliTime.today()).startYear();
        if (year == null || year < current - 10 || year > current + 5) {
            year = current;
        }
    }

    public List<Target> getTargets() {
        if (list == null) {
            list = targets.ofFiscalYear(year);
        }
        return list;
    }

    public void set() {
        if (value == null) {
            Feedback.error("targets.valueRequired");
            return;
        }
        try {
            FiscalPeriod period = new FiscalPeriod(year, quarter);
            Place chosen = place.selected();
            targets.set(indicator, chosen, period, value);
            Feedback.info("targets.set", Feedback.text("indicator." + indicator.name()), period.toString());
            list = null;
            value = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void remove(Target target) {
        try {
            targets.set(target.getIndicator(), target.getPlace(), target.period(), null);
            Feedback.info("targets.removed", Feedback.text("indicator." + target.getIndicator().name()),
                    target.period().toString());
            list = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void checkFile() {
        review.check(content -> targets.checkImport(TargetCsv.read(content)));
    }

    /** Imports the checked rows: all of them, or only the good ones. */
    public void importRows(boolean goodRowsOnly) {
        if (review.importChecked(goodRowsOnly, targets::importRows)) {
            list = null;
        }
    }

    public ImportReview<TargetCsv.Row> getReview() {
        return review;
    }

    /** The fiscal years one may choose: five back, one ahead. */
    public List<Integer> getYears() {
        int current = FiscalPeriod.yearOf(NepaliTime.today()).startYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current + 1; y >= current - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public String yearName(int startYear) {
        return FiscalPeriod.year(startYear).toString();
    }

    public List<Indicator> getIndicators() {
        return Arrays.asList(Indicator.values());
    }

    public PlacePicker getPlace() {
        return place;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
        list = null;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
