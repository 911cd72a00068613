package org.sachet.catalogue;

import java.util.Set;

/** What an editor fills in to describe a material. */
public record MaterialDraft(String titleEnglish, String titleNepali, String summary, MaterialType type,
                            Visibility visibility, Set<Topic> topics, Set<Audience> audiences,
                            Set<MaterialLanguage> languages) {

    public MaterialDraft {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
