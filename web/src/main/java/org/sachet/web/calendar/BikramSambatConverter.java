package org.sachet.web.calendar;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.sachet.calendar.BikramSambatDate;
import org.sachet.http.Messages;
import org.sachet.calendar.DateWords;

import java.time.LocalDate;

/**
 * Lets people type dates in Bikram Sambat ({@code 2081-04-15}, also {@code 2081/4/15} or with Devanagari
 * digits) while the application keeps Gregorian {@link LocalDate}s.
 */
@FacesConverter("bikramSambat")
public class BikramSambatConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BikramSambatDate.parse(value.strip()).toGregorian();
        } catch (IllegalArgumentException e) {
            String text = Messages.get(context.getViewRoot().getLocale(), "date.bs.invalid", value.strip());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        if (value == null) {
            return "";
        }
        return new DateWords(context.getViewRoot().getLocale()).isoBikramSambat(BikramSambatDate.fromGregorian(value));
    }
}
