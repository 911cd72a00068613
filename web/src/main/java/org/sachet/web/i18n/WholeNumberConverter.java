package org.sachet.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.sachet.http.Messages;
import org.sachet.templates.text.NepaliDigits;

/**
 * Whole numbers in form fields as the reader writes them: shown in Devanagari digits on a Nepali page ("२४", not
 * "24"), and read in either digits with or without a thousands separator ("५,०००"). In place of Faces' own
 * Integer converter, which refused the separator and wrote Latin digits: by its id {@code sachet.wholeNumber},
 * and for every Integer field without one (faces-config.xml, which overrides the built-in class mapping).
 */
@FacesConverter("sachet.wholeNumber")
public class WholeNumberConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Math.toIntExact(org.sachet.http.Numbers.parseWhole(value));
        } catch (NumberFormatException | ArithmeticException e) {
            Object label = component.getAttributes().get("label");
            String text = Messages.get(context.getViewRoot().getLocale(), "jakarta.faces.converter.IntegerConverter.INTEGER",
                    value.strip(), "", label == null ? component.getClientId(context) : label);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        if (value == null) {
            return "";
        }
        // no grouping: the field reads back what it shows, and a phone's number pad has no comma
        String digits = value.toString();
        return "ne".equals(context.getViewRoot().getLocale().getLanguage()) ? NepaliDigits.toDevanagari(digits) : digits;
    }
}
