package org.sachet.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.content.search.Materials.material;
import static org.sachet.content.search.Materials.publicQuery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    @TempDir
    Path folder;

    @Test
    void concurrentPutsAndSearchesSeeEveryAcknowledgedChange() throws Exception {
        int writers = 2;
        int perWriter = 15;
        ExecutorService threads = Executors.newFixedThreadPool(writers + 2);
        try (MaterialIndex index = MaterialIndex.open(folder)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long first = w * 1_000L;
                tasks.add(threads.submit((Callable<Void>) () -> {
                    for (long id = first; id < first + perWriter; id++) {
                        index.put(material(id, "migration batch" + first));
                        // Visible as soon as put returns.
                        assertEquals(id - first + 1, index.search(publicQuery("batch" + first).build()).totalHits());
                    }
                    return null;
                }));
            }
            for (int s = 0; s < 2; s++) {
                tasks.add(threads.submit((Callable<Void>) () -> {
                    long seen = 0;
                    while (writing.get()) {
                        long total = index.search(publicQuery("migration").build()).totalHits();
                        assertTrue(total >= seen, "a search never goes back in time");
                        seen = total;
                    }
                    return null;
                }));
            }
            for (Future<?> writer : tasks.subList(0, writers)) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
            assertEquals(writers * perWriter, index.count());
            index.replaceAll(LongStream.range(0, 10).mapToObj(id -> material(id, "after rebuild")).toList());
            assertEquals(10, index.search(publicQuery("rebuild").build()).totalHits());
        } finally {
            threads.shutdownNow();
        }
    }
}
