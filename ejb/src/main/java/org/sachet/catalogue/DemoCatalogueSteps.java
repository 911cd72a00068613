package org.sachet.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.audit.AuditLog;

import java.time.Clock;

/**
 * The demo catalogue's steps, each in its own transaction as the real workflow's are, acting as the demo
 * editor and reviewer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // committed before the file is read, whatever the caller
public class DemoCatalogueSteps {

    private static final String EDITOR = "editor";
    private static final String REVIEWER = "reviewer";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MaterialChanged> changed;

    private final Clock clock = Clock.systemUTC();

    public long create(MaterialDraft draft, ReceivedFile file) {
        Material material = new Material(draft, EDITOR, clock.instant());
        em.persist(material);
        MaterialVersion version = new MaterialVersion(material, 1, file, EDITOR, clock.instant());
        em.persist(version);
        em.flush();
        audit.record(EDITOR, "material.created", CatalogueWorkflow.AUDIT_TYPE, material.getId(), "demo data");
        audit.record(EDITOR, "version.uploaded", CatalogueWorkflow.AUDIT_TYPE, material.getId(),
                "v1 " + file.fileName());
        return version.getId();
    }

    public void finish(long versionId, DemoCatalogue.Outcome outcome) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        long materialId = version.getMaterial().getId();
        if (outcome == DemoCatalogue.Outcome.DRAFT) {
            return;
        }
        version.submit(clock.instant());
        audit.record(EDITOR, "version.submitted", CatalogueWorkflow.AUDIT_TYPE, materialId, "v1");
        if (outcome == DemoCatalogue.Outcome.IN_REVIEW) {
            return;
        }
        version.publish(REVIEWER, clock.instant(), 0);
        audit.record(REVIEWER, "version.published", CatalogueWorkflow.AUDIT_TYPE, materialId, "v1");
        if (outcome == DemoCatalogue.Outcome.WITHDRAWN) {
            version.getMaterial().withdraw("The helpline numbers in it changed; a new edition is being made.",
                    clock.instant());
            audit.record(REVIEWER, "material.withdrawn", CatalogueWorkflow.AUDIT_TYPE, materialId, "v1");
        }
        changed.fire(new MaterialChanged(materialId));
    }
}
