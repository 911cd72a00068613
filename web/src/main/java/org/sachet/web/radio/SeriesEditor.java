package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.Topic;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.EpisodeDetails;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;
import org.sachet.radio.SeriesDetails;
import org.sachet.web.i18n.Feedback;
import org.sachet.web.platform.PageParameters;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A radio drama series: what it is for and the key messages it carries, its characters and its episode
 * outlines. Producers (and administrators) write; reviewers and managers read. Each form that adds sends back
 * the series version it was shown with, so the same form sent twice adds once.
 */
@Named
@ViewScoped
public class SeriesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RadioSeriesService radio;

    private Long id;
    private boolean found = true;
    private transient RadioSeries series;
    private Long shownVersion;

    private String titleEnglish;
    private String titleNepali;
    private MaterialLanguage language = MaterialLanguage.NEPALI;
    private Audience audience;
    private String objectivesEnglish;
    private String objectivesNepali;
    private String messagesEnglish;
    private String messagesNepali;
    private Topic[] topics = new Topic[0];

    private String characterName;
    private String characterDescription;
    private Integer characterMessage;

    private Integer episodeNumber;
    private String episodeTitle;
    private String episodeSynopsis;
    private Integer[] episodeMessages = new Integer[0];
    private Integer episodeMinutes = 15;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            fill(radio.series(id));
        } catch (RuleViolation notHere) {
            found = false;
        }
    }

    private void fill(RadioSeries loaded) {
        series = loaded;
        titleEnglish = loaded.getTitleEnglish();
        titleNepali = loaded.getTitleNepali();
        language = loaded.getLanguage();
        audience = loaded.getAudience();
        objectivesEnglish = loaded.getObjectivesEnglish();
        objectivesNepali = loaded.getObjectivesNepali();
        messagesEnglish = String.join("\n", loaded.getKeyMessages().stream().map(KeyMessage::getEnglish).toList());
        messagesNepali = String.join("\n", loaded.getKeyMessages().stream().map(KeyMessage::getNepali).toList());
        topics = loaded.getTopics().toArray(Topic[]::new);
        episodeNumber = loaded.getEpisodes().stream().mapToInt(e -> e.getNumber()).max().orElse(0) + 1;
    }

    private void reload() {
        shownVersion = null;
        fill(radio.series(id));
    }

    /** The key messages, one a line, English and Nepali line by line. */
    private List<KeyMessage> keyMessages() {
        List<String> english = lines(messagesEnglish);
        List<String> nepali = lines(messagesNepali);
        if (english.size() != nepali.size()) {
            throw new RuleViolation("messagesNepali", "radio.messages.pairs", english.size(), nepali.size());
        }
        return IntStream.range(0, english.size()).mapToObj(i -> new KeyMessage(english.get(i), nepali.get(i)))
                .toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** Saves a new series (and opens its page), or the series' corrections. */
    public String save() {
        try {
            SeriesDetails details = new SeriesDetails(titleEnglish, titleNepali, language, audience,
                    objectivesEnglish, objectivesNepali, keyMessages(),
                    topics.length == 0 ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(Arrays.asList(topics)));
            if (id == null) {
                RadioSeries created = radio.create(details);
                Feedback.info("radio.created", created.getTitleEnglish());
                Feedback.keepForRedirect();
                return "/radio/series?faces-redirect=true&id=" + created.getId();
            }
            fill(radio.correct(id, getShownVersion(), details));
            shownVersion = null;
            Feedback.info("radio.saved");
        } catch (RuleViolation e) {
            Feedback.error(e); // what was typed stays in the form
        }
        return null;
    }

    public void addCharacter() {
        try {
            radio.addCharacter(id, getShownVersion(), characterName, characterDescription, characterMessage);
            Feedback.info("radio.characterAdded", characterName);
            characterName = null;
            characterDescription = null;
            characterMessage = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        reload();
    }

    public void addEpisode() {
        try {
            radio.addEpisode(id, getShownVersion(), new EpisodeDetails(episodeNumber, episodeTitle, episodeSynopsis,
                    new LinkedHashSet<>(Arrays.asList(episodeMessages)), episodeMinutes));
            Feedback.info("radio.episodeAdded", episodeTitle);
            episodeTitle = null;
            episodeSynopsis = null;
            episodeMessages = new Integer[0];
            episodeMinutes = 15;
        } catch (RuleViolation e) {
            Feedback.error(e);
            Integer typed = episodeNumber;
            reload();
            episodeNumber = typed;
            return;
        }
        reload();
    }

    /** Producers and administrators write; reviewers and managers read. */
    public boolean isMayWrite() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("PRODUCER") || context.isUserInRole("ADMIN");
    }

    public RadioSeries getSeries() {
        if (series == null && id != null && found) {
            try {
                series = radio.series(id);
            } catch (RuleViolation gone) {
                found = false;
            }
        }
        return series;
    }

    /** The numbers of the series' key messages (1, 2, ...), to choose from. */
    public List<Integer> getMessageNumbers() {
        return getSeries() == null ? List.of()
                : IntStream.rangeClosed(1, getSeries().getKeyMessages().size()).boxed().toList();
    }

    /** A key message's words in the viewer's language, by its number. */
    public String message(int number, String languageCode) {
        return getSeries().getKeyMessages().get(number - 1).text(languageCode);
    }

    public MaterialLanguage[] getLanguages() {
        return MaterialLanguage.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Topic[] getAllTopics() {
        return Topic.values();
    }

    public boolean isAdding() {
        return id == null;
    }

    /** False too for {@code ?id=abc}: no form opens. */
    public boolean isFound() {
        return found && !PageParameters.unreadable();
    }

    public long getShownVersion() {
        return shownVersion != null ? shownVersion : getSeries().getVersion();
    }

    public void setShownVersion(long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public void setTitleNepali(String titleNepali) {
        this.titleNepali = titleNepali;
    }

    public MaterialLanguage getLanguage() {
        return language;
    }

    public void setLanguage(MaterialLanguage language) {
        this.language = language;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public void setObjectivesEnglish(String objectivesEnglish) {
        this.objectivesEnglish = objectivesEnglish;
    }

    public String getObjectivesNepali() {
        return objectivesNepali;
    }

    public void setObjectivesNepali(String objectivesNepali) {
        this.objectivesNepali = objectivesNepali;
    }

    public String getMessagesEnglish() {
        return messagesEnglish;
    }

    public void setMessagesEnglish(String messagesEnglish) {
        this.messagesEnglish = messagesEnglish;
    }

    public String getMessagesNepali() {
        return messagesNepali;
    }

    public void setMessagesNepali(String messagesNepali) {
        this.messagesNepali = messagesNepali;
    }

    public Topic[] getTopics() {
        return topics;
    }

    public void setTopics(Topic[] topics) {
        this.topics = topics == null ? new Topic[0] : topics;
    }

    public String getCharacterName() {
        return characterName;
    }

    public void setCharacterName(String characterName) {
        this.characterName = characterName;
    }

    public String getCharacterDescription() {
        return characterDescription;
    }

    public void setCharacterDescription(String characterDescription) {
        this.characterDescription = characterDescription;
    }

    public Integer getCharacterMessage() {
        return characterMessage;
    }

    public void setCharacterMessage(Integer characterMessage) {
        this.characterMessage = characterMessage;
    }

    public Integer getEpisodeNumber() {
        return episodeNumber;
    }

    public void setEpisodeNumber(Integer episodeNumber) {
        this.episodeNumber = episodeNumber;
    }

    public String getEpisodeTitle() {
        return episodeTitle;
    }

    public void setEpisodeTitle(String episodeTitle) {
        this.episodeTitle = episodeTitle;
    }

    public String getEpisodeSynopsis() {
        return episodeSynopsis;
    }

    public void setEpisodeSynopsis(String episodeSynopsis) {
        this.episodeSynopsis = episodeSynopsis;
    }

    public Integer[] getEpisodeMessages() {
        return episodeMessages;
    }

    public void setEpisodeMessages(Integer[] episodeMessages) {
        this.episodeMessages = episodeMessages == null ? new Integer[0] : episodeMessages;
    }

    public Integer getEpisodeMinutes() {
        return episodeMinutes;
    }

    public void setEpisodeMinutes(Integer episodeMinutes) {
        this.episodeMinutes = episodeMinutes;
    }
}
