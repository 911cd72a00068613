package org.sachet.web.ambassadors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.ambassadors.ResourcesSecured;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Resources promised and received by local level in a fiscal year or quarter, for the caller's places. */
@Named
@ViewScoped
public class ResourceTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ResourcesSecured resources;

    private String period = FiscalPeriod.yearOf(NepaliTime.today()).toString();
    private transient List<ResourcesSecured.Totals> totals;

    public List<ResourcesSecured.Totals> getTotals() {
        if (totals == null) {
            totals = resources.totals(FiscalPeriod.parse(period)
                    .orElse(FiscalPeriod.yearOf(NepaliTime.today())));
        }
        return totals;
    }

    /** The sums of every column, for the table's last line. */
    public ResourcesSecured.Totals getSum() {
        long[] sum = new long[4];
        for (ResourcesSecured.Totals t : getTotals()) {
            sum[0] += t.promised();
            sum[1] += t.received();
            sum[2] += t.promisedByLocalGovernments();
            sum[3] += t.receivedFromLocalGovernments();
        }
        return new ResourcesSecured.Totals(0, sum[0], sum[1], sum[2], sum[3]);
    }

    public void show() {
        totals = null;
    }

    /** This fiscal year and the two before, each with its quarters. */
    public List<String> getPeriods() {
        FiscalPeriod current = FiscalPeriod.yearOf(NepaliTime.today());
        List<String> periods = new ArrayList<>();
        for (int start = current.startYear(); start >= current.startYear() - 2; start--) {
            FiscalPeriod year = FiscalPeriod.year(start);
            periods.add(year.toString());
            year.quarters().forEach(q -> periods.add(q.toString()));
        }
        return periods;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
