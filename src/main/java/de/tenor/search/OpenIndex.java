package de.tenor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

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
    /** Deep pages and long pages are rare and large; they are not kept. */
    private static final int MAX_CACHED_PAGE = 5;
    private static final int MAX_CACHED_PAGE_SIZE = 20;

    private OpenIndex(String generation, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Executor slices) {
        this.generation = generation;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader, slices);
        this.facetState = facetState;
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    /**
     * Opens {@code dir} with every read of terms, points and doc values checking {@code timeout}.
     * Searches run their segment slices on {@code slices} (null: all on the calling thread).
     */
    static OpenIndex open(Path dir, org.apache.lucene.facet.FacetsConfig config, QueryTimeout timeout, Executor slices)
            throws IOException {
        DirectoryReader reader = ExitableDirectoryReader.wrap(DirectoryReader.open(FSDirectory.open(dir)), timeout);
        try {
            return new OpenIndex(dir.getFileName().toString(), reader, facetState(reader, config), slices);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
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
