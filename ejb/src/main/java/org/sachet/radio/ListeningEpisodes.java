package org.sachet.radio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.List;

/**
 * The episodes a radio listening group may say it heard, for whoever logs sessions: those whose script was approved
 * (recorded or on air since), by series and number.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "FACILITATOR", "TEACHER", "COORDINATOR"})
public class ListeningEpisodes {

    /** An episode as a session's form offers it. */
    public record Choice(long id, String seriesEnglish, String seriesNepali, int number, String title)
            implements Serializable {

        public String series(String language) {
            return "ne".equals(language) ? seriesNepali : seriesEnglish;
        }
    }

    @PersistenceContext
    private EntityManager em;

    public List<Choice> episodes() {
        return em.createQuery("select e.id, s.titleEnglish, s.titleNepali, e.number, e.title from Episode e"
                        + " join e.series s where e.approvedVersion is not null order by s.titleEnglish, e.number",
                        Object[].class).getResultStream()
                .map(row -> new Choice((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
                        (String) row[4])).toList();
    }
}
