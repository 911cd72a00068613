package org.sachet.content.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The full-text index of the materials catalogue, kept in a folder of its own. It is a copy of the catalogue made
 * for searching: the database stays the source of truth, and the index can always be rebuilt from it
 * ({@link #replaceAll}).
 *
 * <p>Every change is committed (synced to disk) and visible to searches when its method returns: a crash loses
 * nothing that was acknowledged. That costs a few milliseconds per change, which suits a catalogue edited by hand;
 * bulk loads go through {@link #replaceAll}, which commits once.
 *
 * <p>Thread-safe: searches run concurrently with each other and with changes, each on a consistent snapshot.
 */
public final class MaterialIndex implements AutoCloseable {

    private static final double RAM_BUFFER_MB = 64;
    private static final String LAYOUT_KEY = "sachet.layout";
    /** The last change of the database's change feed that the index holds (servers sharing one database). */
    private static final String FOLLOWED_KEY = "sachet.followed";

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean startedEmpty;
    private volatile long followed;
    private final SegmentFacets.Cache segmentFacets = new SegmentFacets.Cache();
    /** Shared by single changes, exclusive for {@link #replaceAll}: no refresh can show a rebuild half done. */
    private final ReadWriteLock changes = new ReentrantReadWriteLock();

    private MaterialIndex(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
                          SearcherManager searchers, boolean startedEmpty, long followed) {
        this.path = path;
        this.followed = followed;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.startedEmpty = startedEmpty;
    }

    /**
     * Opens the index in the folder, creating an empty one if there is none.
     *
     * @throws IndexUnreadable if the folder holds an index that cannot be read (damaged, of another Lucene
     *                         version, or of another field layout of this code): rebuild it with
     *                         {@link #openOrRecreate(Path)} and {@link #replaceAll}
     */
    public static MaterialIndex open(Path path) throws IOException {
        return open(path, OpenMode.CREATE_OR_APPEND);
    }

    /**
     * Opens the index in the folder; if it cannot be read, deletes it and starts an empty one, which
     * {@link #startedEmpty()} then reports. The folder must hold nothing but the index.
     */
    public static MaterialIndex openOrRecreate(Path path) throws IOException {
        try {
            return open(path);
        } catch (IndexUnreadable unreadable) {
            try (Directory damaged = FSDirectory.open(path)) {
                for (String file : damaged.listAll()) {
                    damaged.deleteFile(file);
                }
            }
            return open(path, OpenMode.CREATE);
        }
    }

    private static MaterialIndex open(Path path, OpenMode mode) throws IOException {
        Path folder = Files.createDirectories(path).toAbsolutePath();
        Directory directory = FSDirectory.open(folder); // memory-mapped on 64-bit JVMs
        Analyzer analyzer = new MaterialAnalyzer();
        IndexWriter writer = null;
        try {
            boolean empty = mode == OpenMode.CREATE || !DirectoryReader.indexExists(directory);
            long followed = -1;
            if (!empty) {
                Map<String, String> commitData = SegmentInfos.readLatestCommit(directory).getUserData();
                requireLayout(folder, commitData);
                followed = followedIn(commitData);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(commitData(followed).entrySet());
            if (empty) {
                writer.commit(); // a new index exists on disk at once, so the next open finds it
            }
            SearcherManager searchers = new SearcherManager(writer, null);
            return new MaterialIndex(folder, directory, analyzer, writer, searchers, empty, followed);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException | FileNotFoundException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new IndexUnreadable(folder, e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /** An index written with another field layout or analysis would answer wrongly: it must be rebuilt. */
    private static void requireLayout(Path folder, Map<String, String> commitData) throws IndexUnreadable {
        String layout = commitData.get(LAYOUT_KEY);
        if (!MaterialFields.LAYOUT.equals(layout)) {
            throw new IndexUnreadable(folder, "it was written with layout " + layout + ", this code reads layout "
                    + MaterialFields.LAYOUT);
        }
    }

    private static Map<String, String> commitData(long followed) {
        return Map.of(LAYOUT_KEY, MaterialFields.LAYOUT, FOLLOWED_KEY, Long.toString(followed));
    }

    private static long followedIn(Map<String, String> commitData) {
        try {
            return Long.parseLong(commitData.getOrDefault(FOLLOWED_KEY, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The last change of the database's change feed this index holds; -1 when it does not know (a new index). */
    public long followed() {
        return followed;
    }

    /** Records, with the next commit made now, that the index holds every change of the feed up to this one. */
    public void markFollowed(long change) throws IOException {
        changes.readLock().lock();
        try {
            followed = change;
            writer.setLiveCommitData(commitData(change).entrySet());
            writer.commit();
        } finally {
            changes.readLock().unlock();
        }
    }

    /**
     * Applies a batch of changes another server made (the change feed) and records how far the feed is followed,
     * in one commit: one write to the disk and one new searcher for the batch, where a put each would make one each
     * while people search.
     *
     * @param change the last change of the feed these hold; kept only when it is further than the index was
     */
    public void follow(Collection<MaterialDocument> puts, Collection<Long> removals, long change) throws IOException {
        apply(puts, removals, change);
    }

    /** Puts and removes in one commit, with the feed's change when it is further than the index was. */
    private void apply(Collection<MaterialDocument> puts, Collection<Long> removals, long change) throws IOException {
        changes.readLock().lock();
        try {
            for (MaterialDocument material : puts) {
                writer.updateDocument(MaterialFields.idTerm(material.id()), MaterialFields.toDocument(material, null));
            }
            for (long id : removals) {
                writer.deleteDocuments(MaterialFields.idTerm(id));
            }
            if (change > followed) {
                followed = change;
                writer.setLiveCommitData(commitData(change).entrySet());
            }
            publish();
        } finally {
            changes.readLock().unlock();
        }
    }

    /** True when this index was created empty (new folder, or an unreadable index discarded): rebuild it. */
    public boolean startedEmpty() {
        return startedEmpty;
    }

    /** Adds the material, or replaces the one with its id. */
    public void put(MaterialDocument material) throws IOException {
        apply(List.of(Objects.requireNonNull(material, "material")), List.of(), followed);
    }

    /** Removes the material with this id, if it is indexed. */
    public void remove(long id) throws IOException {
        apply(List.of(), List.of(id), followed);
    }

    /**
     * Makes the index hold exactly these materials (a rebuild from the database). Searches see the old index until
     * the new one is complete and committed, then the new one; never a mix. If it fails (the materials cannot be
     * read, one id comes twice), the index is left as it was. Other changes wait only until the new materials
     * are searchable; this call returns once the index is also merged into one segment, while changes and
     * searches go on.
     *
     * @return how many materials were indexed
     */
    public int replaceAll(Iterable<MaterialDocument> materials) throws IOException {
        // The new documents are tagged with this run's id: the old ones are deleted at the end if all went well,
        // the new ones if not. Unlike deleteAll + rollback, this never has to close and reopen the writer.
        String rebuild = UUID.randomUUID().toString();
        Set<Long> ids = new HashSet<>();
        changes.writeLock().lock();
        try {
            try {
                for (MaterialDocument material : materials) {
                    if (!ids.add(material.id())) {
                        throw new IllegalArgumentException("material " + material.id() + " is listed twice");
                    }
                    writer.addDocument(MaterialFields.toDocument(material, rebuild));
                }
            } catch (IOException | RuntimeException e) {
                try {
                    writer.deleteDocuments(new Term(MaterialFields.REBUILD, rebuild));
                } catch (IOException | RuntimeException undo) {
                    e.addSuppressed(undo);
                }
                throw e;
            }
            Query older = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(new TermQuery(new Term(MaterialFields.REBUILD, rebuild)), Occur.MUST_NOT)
                    .build();
            writer.deleteDocuments(older);
            publish();
        } finally {
            changes.writeLock().unlock();
        }
        // A fresh index is many segments still being merged in the background. Merging them into one now, while
        // changes and searches go on, makes searches faster (fewer term lookups, one facet cache entry) and keeps
        // background merges from competing with searches later.
        writer.forceMerge(1);
        changes.readLock().lock();
        try {
            publish();
        } finally {
            changes.readLock().unlock();
        }
        return ids.size();
    }

    /** How many materials are indexed. */
    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Finds the materials matching the query that its visibilities allow; never any other. */
    public SearchResult search(MaterialQuery query) throws IOException {
        if (query.allowedVisibilities().isEmpty()) {
            return SearchResult.empty();
        }
        Query text = TextQuery.parse(query.text(), analyzer);
        IndexSearcher searcher = searchers.acquire();
        try {
            return MaterialSearch.run(searcher, analyzer, segmentFacets, query, text);
        } finally {
            searchers.release(searcher);
        }
    }

    public Path path() {
        return path;
    }

    /** For the benchmark's comparison with plain Lucene: the analyzer and a searcher of the current view. */
    Analyzer analyzer() {
        return analyzer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory, analyzer);
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }
}
