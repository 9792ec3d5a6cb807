package de.tenor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOSupplier;

/**
 * One opened index generation with its facet state. Reference-counted through the reader:
 * {@link #tryAcquire()} before use, {@link #release()} after; the last release closes it.
 */
final class OpenIndex {

    final String generation;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    /** Built once per reader: it maps facet ordinals and is too costly to build per request. */
    final SortedSetDocValuesReaderState facetState;
    /** The fields of all segments, merged once per reader for the highlighter (issue 21: it merged them per request). */
    final FieldInfos fieldInfos;
    /**
     * Results of searches without words (start page, city pages, clicking through facets), which
     * match every document and so are the slowest requests at a million documents (issue 9).
     * A generation never changes, so entries never go stale; they go with the generation.
     */
    private final Map<SearchRequest, SearchResult> browseResults = new ConcurrentHashMap<>();
    private static final int MAX_BROWSE_RESULTS = 128;
    /**
     * Issue 21: spelling corrections of queries ({@link Suggestions#didYouMean}), which build a
     * Levenshtein automaton for each unknown word (a tenth of a misspelled search's CPU at 100,000
     * documents). The next page, a ticked facet and the "Meinten Sie" check ask again for the same
     * words; a correction depends on the generation's words alone, so it stays with the generation.
     * Emptied when full rather than grown without bound.
     */
    private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();
    static final int MAX_CORRECTIONS = 10_000;
    /** Deep pages and long pages are rare and large; they are not kept. */
    private static final int MAX_CACHED_PAGE = 5;
    private static final int MAX_CACHED_PAGE_SIZE = 20;

    private OpenIndex(String generation, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Executor slices) {
        this.generation = generation;
        this.reader = reader;
        this.searcher = slices == null ? new IndexSearcher(reader)
                : new BalancedSearcher(reader, slices, Runtime.getRuntime().availableProcessors());
        this.facetState = facetState;
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    /**
     * Opens {@code dir} with every read of terms, points and doc values checking {@code timeout}.
     * Searches run their segment slices on {@code slices} (null: all on the calling thread).
     */
    static OpenIndex open(Path dir, org.apache.lucene.facet.FacetsConfig config, QueryTimeout timeout, Executor slices)
            throws IOException {
        return open(dir, null, config, timeout, slices);
    }

    /**
     * Issue 18: like {@link #open(Path, org.apache.lucene.facet.FacetsConfig, QueryTimeout, Executor)},
     * sharing with {@code previous} (null: none) every segment both generations hold. An update's
     * generation starts as hard links to its predecessor's files, so its segments carry the same
     * names and ids; Lucene never changes a written file, so an open segment reader of the old
     * folder reads exactly what the new one holds. Only new segments (an upload's one document)
     * and changed deletions are read from disk; a full rebuild's segments have new ids and are
     * all opened afresh.
     */
    static OpenIndex open(Path dir, OpenIndex previous, org.apache.lucene.facet.FacetsConfig config, QueryTimeout timeout,
                          Executor slices) throws IOException {
        Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = ExitableDirectoryReader.wrap(
                previous == null ? DirectoryReader.open(directory) : reopen(directory, previous), timeout);
        try {
            return new OpenIndex(dir.getFileName().toString(), reader, facetState(reader, config), slices);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The latest commit of {@code directory}, reusing {@code previous}'s readers of the same segments. */
    private static DirectoryReader reopen(Directory directory, OpenIndex previous) throws IOException {
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        Map<String, byte[]> ids = new HashMap<>();
        for (SegmentCommitInfo info : infos) {
            ids.put(info.info.name, info.info.getId());
        }
        List<SegmentReader> same = new ArrayList<>();
        for (LeafReaderContext leaf : FilterDirectoryReader.unwrap(previous.reader).leaves()) {
            // A segment of the same name but another id (a rebuild numbers its segments anew) is not shared.
            if (leaf.reader() instanceof SegmentReader segment
                    && Arrays.equals(ids.get(segment.getSegmentName()), segment.getSegmentInfo().info.getId())) {
                same.add(segment);
            }
        }
        return StandardDirectoryReader.open(directory, infos, same, null, null);
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader,
                                                            org.apache.lucene.facet.FacetsConfig config) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException e) {
            // An empty index has no facet field at all; searches then simply find nothing.
            return null;
        }
    }

    /** The cached result of a search without words, or a fresh one from {@code search} (then kept while there is room). */
    SearchResult browse(SearchRequest request, Search search) throws IOException {
        if (!request.query().isEmpty() || request.page() > MAX_CACHED_PAGE || request.pageSize() > MAX_CACHED_PAGE_SIZE) {
            return search.run();
        }
        SearchResult cached = browseResults.get(request);
        if (cached != null) {
            return cached;
        }
        SearchResult fresh = search.run();
        if (browseResults.size() < MAX_BROWSE_RESULTS) {
            browseResults.putIfAbsent(request, fresh);
        }
        return fresh;
    }

    /** The kept spelling correction of {@code query}, or a fresh one from {@code compute}, then kept. */
    Optional<String> correction(String query, IOSupplier<Optional<String>> compute) throws IOException {
        Optional<String> known = corrections.get(query);
        if (known != null) {
            return known;
        }
        Optional<String> fresh = compute.get();
        if (corrections.size() >= MAX_CORRECTIONS) {
            corrections.clear();
        }
        corrections.put(query, fresh);
        return fresh;
    }

    interface Search {
        SearchResult run() throws IOException;
    }

    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() throws IOException {
        reader.decRef();
    }
}
