package org.sachet.web.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;

import java.util.List;

/** The radio drama series, for the list page. */
@Named
@RequestScoped
public class SeriesList {

    @Inject
    private RadioSeriesService radio;

    private List<RadioSeries> series;

    public List<RadioSeries> getSeries() {
        if (series == null) {
            series = radio.series();
        }
        return series;
    }
}
