package de.tenor.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Open Legal Data: {@code GET /api/cases/search/?text=} with paging via {@code next}, then each case
 * from {@code /api/cases/{id}/}. The anonymous quota is tiny (about 100 requests a day): a 429 ends
 * this source for the run and the summary says when it may resume; a token from the environment
 * ({@code Authorization: Token …}) raises the quota. Facts: {@code docs/SOURCES.md} §3.
 */
final class OldpConnector implements Connector {

    /** The API caps pages at about ten per query. */
    static final int MAX_PAGES = 10;

    private final Source.Oldp source;
    private final SourceRun run;
    private final Map<String, String> headers = new LinkedHashMap<>();

    OldpConnector(Source.Oldp source, SourceRun run, Map<String, String> environment) {
        this.source = source;
        this.run = run;
        headers.put("Accept", "application/json");
        String token = environment.get(source.tokenVariable());
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Token " + token.strip());
        }
    }

    @Override
    public void run(SourceTally tally) throws IOException, InterruptedException, SourceRun.SourceStop {
        for (String query : source.queries()) {
            search(tally, query);
        }
    }

    static URI searchUri(URI api, String query, Optional<LocalDate> from) {
        StringBuilder u = new StringBuilder(JsonListing.base(api)).append("/api/cases/search/?text=").append(JsonListing.enc(query));
        from.ifPresent(d -> u.append("&start_date=").append(d));
        return URI.create(u.toString());
    }

    private void search(SourceTally tally, String query) throws IOException, InterruptedException, SourceRun.SourceStop {
        tally.queries++;
        Optional<URI> next = Optional.of(searchUri(source.api(), query, source.from()));
        for (int page = 0; page < MAX_PAGES && next.isPresent(); page++) {
            URI uri = next.get();
            var ex = run.listing(source, tally, () -> run.client.api(uri, headers));
            if (ex == null) {
                return;
            }
            String what = "Open Legal Data answer to text=\"" + query + "\" (" + uri + ")";
            JsonNode answer = JsonListing.parse(ex.body(), what);
            JsonNode results = answer.get("results");
            if (results == null || !results.isArray() || !answer.path("count").isNumber()) {
                throw new SourceRun.PortalChangedException(what + " has no results list or count: the API changed its format");
            }
            tally.listed += results.size();
            for (JsonNode hit : results) {
                item(tally, hit, what);
            }
            run.progress(source, tally, "text=\"" + query + "\" page " + (page + 1));
            next = JsonListing.next(source.api(), answer.get("next"));
        }
    }

    private void item(SourceTally tally, JsonNode hit, String what)
            throws IOException, InterruptedException, SourceRun.SourceStop {
        String id = hit.path("id").asText("");
        if (id.isBlank()) {
            throw new SourceRun.PortalChangedException(what + ": a result without an id");
        }
        JsonNode courtNode = hit.path("court");
        String court = courtNode.isObject() ? courtNode.path("name").asText("") : courtNode.asText("");
        Optional<LocalDate> date = JsonListing.date(hit.get("date"));
        boolean early = source.from().isPresent() && date.isPresent() && date.get().isBefore(source.from().get());
        if (TopicPrefilter.offTopic(court, hit.path("file_number").asText("")).isPresent()
                || TopicPrefilter.offJurisdiction(hit.path("court_jurisdiction").asText("")) || early) {
            tally.offTopic++;
            return;
        }
        URI doc = URI.create(JsonListing.base(source.api()) + "/api/cases/" + JsonListing.enc(id) + "/");
        run.document(source, tally, doc, () -> run.client.api(doc, headers));
    }
}
