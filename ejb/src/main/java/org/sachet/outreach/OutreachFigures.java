package org.sachet.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.curriculum.CurriculumService;

import java.util.List;
import java.util.Map;

/** The counts the reach figures are made of, for programme staff. */
@Stateless
@RolesAllowed({"MANAGER", "COORDINATOR", "ADMIN", "EDITOR", "REVIEWER"})
public class OutreachFigures {

    @Inject
    private CurriculumService curriculum;

    @PersistenceContext
    private EntityManager em;

    /** Classes that have taught every lesson of their edition, and their enrolled girls and boys. */
    public SticksAndStonesCompletions sticksAndStonesCompletions() {
        Map<Long, Long> lessonsPerEdition = curriculum.lessonCountsByEdition();
        List<Object[]> taught = em.createQuery("select c.id, c.edition.id, c.girls, c.boys, count(distinct s.lesson) "
                + "from OutreachSession s join s.cohort c where s.lesson is not null "
                + "group by c.id, c.edition.id, c.girls, c.boys", Object[].class).getResultList();
        int classes = 0;
        int girls = 0;
        int boys = 0;
        for (Object[] row : taught) {
            long lessons = lessonsPerEdition.getOrDefault((Long) row[1], -1L);
            if ((Long) row[4] == lessons) {
                classes++;
                girls += (Integer) row[2];
                boys += (Integer) row[3];
            }
        }
        return new SticksAndStonesCompletions(classes, girls, boys);
    }
}
