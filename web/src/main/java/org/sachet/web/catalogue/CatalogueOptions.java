package org.sachet.web.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialType;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.Visibility;

import java.util.Arrays;
import java.util.List;

/** The catalogue's vocabularies for forms and filters, as names the message bundle labels. */
@Named
@ApplicationScoped
public class CatalogueOptions {

    public List<String> getTypes() {
        return names(MaterialType.values());
    }

    public List<String> getTopics() {
        return names(Topic.values());
    }

    public List<String> getAudiences() {
        return names(Audience.values());
    }

    public List<String> getLanguages() {
        return names(MaterialLanguage.values());
    }

    public List<String> getVisibilities() {
        return names(Visibility.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
