package org.sachet.web.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.sachet.calendar.NepaliTime;

import java.io.Serializable;
import java.time.LocalDate;

/** The date converter page: one date, entered either in Bikram Sambat or in the Gregorian calendar. */
@Named
@ViewScoped
public class DateConverterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date = NepaliTime.today();

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
