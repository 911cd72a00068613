package org.sachet.radio;

import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;

import java.util.List;
import java.util.Set;

/** What a producer writes about a series; the key messages in the order episodes and characters number them. */
public record SeriesDetails(String titleEnglish, String titleNepali, MaterialLanguage language, Audience audience,
                            String objectivesEnglish, String objectivesNepali, List<KeyMessage> keyMessages,
                            Set<Topic> topics) {
}
