package org.sachet.radio;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A serial radio drama: what it is for (objectives, the key messages its episodes pick from, topics as in the
 * catalogue), who it speaks to and in which language, its recurring characters and its episodes. A key message
 * is named by its number (1, 2, ...): a message an episode or a character carries cannot be taken away.
 */
@Entity
@Table(name = "RADIO_SERIES")
public class RadioSeries {

    static final int MAX_TITLE = 200;
    static final int MAX_OBJECTIVES = 2000;
    static final int MAX_MESSAGES = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEnglish;

    @Column(name = "TITLE_NE", nullable = false)
    private String titleNepali;

    @Enumerated(EnumType.STRING)
    @Column(name = "LANGUAGE", nullable = false)
    private MaterialLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIENCE", nullable = false)
    private Audience audience;

    @Column(name = "OBJECTIVES_EN", nullable = false)
    private String objectivesEnglish;

    @Column(name = "OBJECTIVES_NE", nullable = false)
    private String objectivesNepali;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RADIO_SERIES_MESSAGE", joinColumns = @JoinColumn(name = "SERIES_ID"))
    @OrderColumn(name = "POSITION")
    private List<KeyMessage> keyMessages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RADIO_SERIES_TOPIC", joinColumns = @JoinColumn(name = "SERIES_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC")
    private Set<Topic> topics = new HashSet<>();

    @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<DramaCharacter> characters = new ArrayList<>();

    @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Episode> episodes = new ArrayList<>();

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RadioSeries() {
    }

    public RadioSeries(SeriesDetails details, String createdBy, Instant createdAt) {
        describe(details);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Corrects what is written about the series; messages in use by an episode or a character stay. */
    public void correct(SeriesDetails details) {
        describe(details);
    }

    private void describe(SeriesDetails details) {
        String titleEn = RequiredText.of(details.titleEnglish(), MAX_TITLE, "titleEnglish", "radio.title.invalid");
        String titleNe = RequiredText.of(details.titleNepali(), MAX_TITLE, "titleNepali", "radio.title.invalid");
        if (details.language() == null) {
            throw new RuleViolation("language", "radio.language.required");
        }
        if (details.audience() == null) {
            throw new RuleViolation("audience", "radio.audience.required");
        }
        String objectivesEn = RequiredText.of(details.objectivesEnglish(), MAX_OBJECTIVES, "objectivesEnglish",
                "radio.objectives.invalid");
        String objectivesNe = RequiredText.of(details.objectivesNepali(), MAX_OBJECTIVES, "objectivesNepali",
                "radio.objectives.invalid");
        List<KeyMessage> messages = details.keyMessages() == null ? List.of() : List.copyOf(details.keyMessages());
        if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
            throw new RuleViolation("keyMessages", "radio.messages.count", MAX_MESSAGES);
        }
        if (Set.copyOf(messages).size() != messages.size()) {
            throw new RuleViolation("keyMessages", "radio.messages.twice");
        }
        int inUse = highestMessageInUse();
        if (inUse > messages.size()) {
            throw new RuleViolation("keyMessages", "radio.messages.inUse", inUse);
        }
        if (details.topics() == null || details.topics().isEmpty()) {
            throw new RuleViolation("topics", "radio.topics.required");
        }
        this.titleEnglish = titleEn;
        this.titleNepali = titleNe;
        this.language = details.language();
        this.audience = details.audience();
        this.objectivesEnglish = objectivesEn;
        this.objectivesNepali = objectivesNe;
        this.keyMessages.clear();
        this.keyMessages.addAll(messages);
        this.topics.clear();
        this.topics.addAll(EnumSet.copyOf(details.topics()));
    }

    /** The highest key message number an episode or a character carries (0: none). */
    private int highestMessageInUse() {
        int highest = 0;
        for (DramaCharacter character : characters) {
            highest = Math.max(highest, character.getMessageNumber() == null ? 0 : character.getMessageNumber());
        }
        for (Episode episode : episodes) {
            highest = Math.max(highest, episode.getMessages().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        return highest;
    }

    /** A recurring character, named once in the series. */
    public DramaCharacter addCharacter(String name, String description, Integer messageNumber) {
        DramaCharacter character = new DramaCharacter(this, name, description, messageNumber);
        if (characters.stream().anyMatch(c -> c.getName().equalsIgnoreCase(character.getName()))) {
            throw new RuleViolation("name", "radio.character.twice", character.getName());
        }
        characters.add(character);
        return character;
    }

    /** A new episode, as an outline: numbered once in the series. */
    public Episode addEpisode(EpisodeDetails details, String by, Instant at) {
        Episode episode = new Episode(this, details, by, at);
        episodes.add(episode);
        return episode;
    }

    void requireFreeNumber(int number, Episode self) {
        if (episodes.stream().anyMatch(e -> e != self && e.getNumber() == number)) {
            throw new RuleViolation("number", "radio.episode.numberTaken", number);
        }
    }

    /** Refuses a key message number the series does not have. */
    void requireMessage(Integer number, String field) {
        if (number != null && (number < 1 || number > keyMessages.size())) {
            throw new RuleViolation(field, "radio.message.unknown", number, keyMessages.size());
        }
    }

    /**
     * Whether scripts name scenes, the narrator, sound and music in Nepali (with Nepali digits): every language
     * but English is written in Devanagari here.
     */
    public boolean scriptsInNepali() {
        return language != MaterialLanguage.ENGLISH;
    }

    /**
     * The reading pace a script's length is estimated at unless the producer states another: radio drama in
     * English runs about 140 words a minute; Nepali words are longer, about 110.
     */
    public int usualWordsPerMinute() {
        return language == MaterialLanguage.ENGLISH ? 140 : 110;
    }

    /** For the audit trail. */
    public String describe() {
        return titleEnglish + " / " + titleNepali + " (" + language + ", " + audience + ", " + keyMessages.size()
                + " key messages)";
    }

    public Long getId() {
        return id;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public String title(String language) {
        return "ne".equals(language) ? titleNepali : titleEnglish;
    }

    public MaterialLanguage getLanguage() {
        return language;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public String getObjectivesNepali() {
        return objectivesNepali;
    }

    public List<KeyMessage> getKeyMessages() {
        return Collections.unmodifiableList(keyMessages);
    }

    public Set<Topic> getTopics() {
        return topics.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(topics));
    }

    public List<DramaCharacter> getCharacters() {
        return Collections.unmodifiableList(characters);
    }

    public List<Episode> getEpisodes() {
        return Collections.unmodifiableList(episodes);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
