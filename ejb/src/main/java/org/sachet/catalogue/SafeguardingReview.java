package org.sachet.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.content.safeguarding.Finding;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.content.safeguarding.SafeguardingScanner;
import org.sachet.content.safeguarding.WatchList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Stores what reading a version's file gave and scans its text and metadata for personal data: phone
 * numbers, e-mail addresses, citizenship and passport numbers, and the names on the watch list. Runs in the
 * background after an upload, without a caller, so it is not offered to pages or the API.
 */
@Stateless
public class SafeguardingReview {

    private static final Logger LOG = Logger.getLogger(SafeguardingReview.class.getName());

    @PersistenceContext
    private EntityManager em;

    private final SafeguardingScanner scanner = new SafeguardingScanner();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExtraction(long versionId, ExtractedContent content) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version == null || version.getExtraction().isFinished()) {
            return; // already done (a restart resubmitted it) or gone
        }
        version.recordExtraction(content);
        WatchList watchList = watchList();
        int found = 0;
        for (var source : List.of(SafeguardingFinding.Source.TEXT, SafeguardingFinding.Source.METADATA)) {
            for (Finding finding : scanner.scan(textOf(version, source), watchList)) {
                em.persist(new SafeguardingFinding(version, finding, source));
                found++;
            }
        }
        int findings = found;
        LOG.info(() -> "version " + versionId + ": " + content.state() + ", safeguarding findings: " + findings);
    }

    /** Looks for the watch list's names again in every version still on its way to publication. */
    public void rescanPending() {
        WatchList watchList = watchList();
        List<MaterialVersion> pending = em.createQuery("select v from MaterialVersion v where v.state in :s",
                MaterialVersion.class).setParameter("s", List.of(VersionState.DRAFT, VersionState.IN_REVIEW))
                .getResultList();
        for (MaterialVersion version : pending) {
            if (!version.getExtraction().isFinished()) {
                continue;
            }
            Set<String> known = new HashSet<>();
            em.createQuery("select f from SafeguardingFinding f where f.version = :v", SafeguardingFinding.class)
                    .setParameter("v", version).getResultList()
                    .forEach(f -> known.add(f.getSource() + ":" + f.getStart() + ":" + f.getKind()));
            for (var source : List.of(SafeguardingFinding.Source.TEXT, SafeguardingFinding.Source.METADATA)) {
                for (Finding finding : scanner.scan(textOf(version, source), watchList)) {
                    if (finding.kind() == FindingKind.WATCH_LIST_NAME
                            && known.add(source + ":" + finding.start() + ":" + finding.kind())) {
                        em.persist(new SafeguardingFinding(version, finding, source));
                    }
                }
            }
        }
    }

    private static String textOf(MaterialVersion version, SafeguardingFinding.Source source) {
        if (source == SafeguardingFinding.Source.TEXT) {
            return version.getExtractedText() == null ? "" : version.getExtractedText();
        }
        StringBuilder metadata = new StringBuilder();
        for (String value : new String[] {version.getMetaTitle(), version.getMetaAuthor(), version.getFileName()}) {
            if (value != null) {
                metadata.append(value).append('\n');
            }
        }
        return metadata.toString();
    }

    WatchList watchList() {
        return WatchedName.watchList(em);
    }
}
