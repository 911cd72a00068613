package org.sachet.api.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sachet.catalogue.Topic;
import org.sachet.radio.DramaCharacter;
import org.sachet.radio.Episode;
import org.sachet.radio.KeyMessage;
import org.sachet.radio.RadioSeries;
import org.sachet.radio.RadioSeriesService;

import java.util.ArrayList;
import java.util.List;

/** Radio drama series with their key messages, characters and episodes. */
@Path("/radio/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RadioSeriesResource {

    @Inject
    private RadioSeriesService radio;

    public record MessageJson(int number, String english, String nepali) {
    }

    public record CharacterJson(long id, String name, String description, Integer messageNumber) {
    }

    public record EpisodeJson(long id, int number, String title, String synopsis, List<Integer> messages,
                              int targetMinutes, String status) {
    }

    public record SeriesJson(long id, String titleEnglish, String titleNepali, String language, String audience,
                             String objectivesEnglish, String objectivesNepali, List<MessageJson> keyMessages,
                             List<String> topics, List<CharacterJson> characters, List<EpisodeJson> episodes) {

        static SeriesJson of(RadioSeries s) {
            List<MessageJson> messages = new ArrayList<>();
            List<KeyMessage> keyMessages = s.getKeyMessages();
            for (int i = 0; i < keyMessages.size(); i++) {
                messages.add(new MessageJson(i + 1, keyMessages.get(i).getEnglish(), keyMessages.get(i).getNepali()));
            }
            return new SeriesJson(s.getId(), s.getTitleEnglish(), s.getTitleNepali(), s.getLanguage().code(),
                    s.getAudience().name(), s.getObjectivesEnglish(), s.getObjectivesNepali(), messages,
                    s.getTopics().stream().map(Topic::name).sorted().toList(),
                    s.getCharacters().stream().map(SeriesJson::character).toList(),
                    s.getEpisodes().stream().map(SeriesJson::episode).toList());
        }

        private static CharacterJson character(DramaCharacter c) {
            return new CharacterJson(c.getId(), c.getName(), c.getDescription(), c.getMessageNumber());
        }

        private static EpisodeJson episode(Episode e) {
            return new EpisodeJson(e.getId(), e.getNumber(), e.getTitle(), e.getSynopsis(),
                    List.copyOf(e.getMessages()), e.getTargetMinutes(), e.getStatus().name());
        }
    }

    @GET
    public List<SeriesJson> list() {
        return radio.series().stream().map(SeriesJson::of).toList();
    }
}
