package de.tenor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.Document;
import de.tenor.search.Facet;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.QueryFactory;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import de.tenor.web.JsonViews;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "The web UI's search from the terminal (builds the index first if needed).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Mixin
    PathOptions paths;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Query in Lucene syntax; empty = all, newest first.")
    String query = "";

    @Option(names = "--city", description = "City of the authority; repeat to OR several.")
    List<String> cities = new ArrayList<>();

    @Option(names = "--outcome", description = "won, partial, lost, other or unknown; repeat to OR several.")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--page", defaultValue = "1")
    int page;

    @Option(names = "--json", description = "Print the same JSON as /api/search would (hits and facets).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        filters.put(Facet.CITY, cities);
        filters.put(Facet.OUTCOME, outcomes);
        SearchRequest request;
        try {
            request = new SearchRequest(query, filters, null, null, null, page, SearchRequest.DEFAULT_PAGE_SIZE);
            // Reject a broken query before a possibly long index build.
            QueryFactory.standard().userQuery(request.query());
        } catch (InvalidQueryException e) {
            throw new UsageError(e.getMessage());
        }
        if (paths.indexLocation().current().isEmpty()) {
            IndexRun.run(paths, false, spec.commandLine().getErr());
        }
        try (Searcher searcher = new Searcher(paths.indexLocation())) {
            SearchResult result = searcher.search(request);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonViews.search(result)));
            } else {
                print(result, out);
            }
            out.flush();
            return 0;
        } catch (InvalidQueryException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static void print(SearchResult result, PrintWriter out) {
        out.printf("%d Treffer (Seite %d von %d)%n", result.total(), result.request().page(), result.totalPages());
        int n = (result.request().page() - 1) * result.request().pageSize();
        for (SearchHit hit : result.hits()) {
            Document d = hit.document();
            out.printf("%3d. %s%n", ++n, d.title());
            List<String> meta = new ArrayList<>();
            if (d.ruling().city() != null) {
                meta.add("Stadt: " + d.ruling().city());
            }
            if (d.ruling().outcome() != null) {
                meta.add("Ausgang: " + d.ruling().outcome().json());
            }
            meta.add("id " + d.id());
            out.println("     " + String.join(" · ", meta));
        }
        for (Facet dim : List.of(Facet.CITY, Facet.OUTCOME)) {
            List<String> values = result.facets().get(dim).stream().map(c -> c.value() + " " + c.count()).toList();
            out.println(dim.param() + ": " + String.join(", ", values));
        }
    }
}
