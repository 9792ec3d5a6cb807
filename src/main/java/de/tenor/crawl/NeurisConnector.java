package de.tenor.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NeuRIS, the federal case-law API: {@code GET /v1/case-law?searchTerm=&court=&dateFrom=&size=&pageIndex=}
 * per query × court, following {@code view.next}; then each decision as JSON from
 * {@code /v1/case-law/{documentNumber}}. An API for programs: no robots.txt, the host's pace
 * (600 requests a minute are allowed; we stay far below). Facts: {@code docs/SOURCES.md} §2.
 */
final class NeurisConnector implements Connector {

    static final int PAGE_SIZE = 100;
    /** The API refuses {@code size*pageIndex+size > 10,000}; a topic query never needs that many. */
    static final int MAX_PAGES = 10;
    private static final Map<String, String> ACCEPT_JSON = Map.of("Accept", "application/json");

    private final Source.Neuris source;
    private final SourceRun run;

    NeurisConnector(Source.Neuris source, SourceRun run) {
        this.source = source;
        this.run = run;
    }

    @Override
    public void run(SourceTally tally) throws IOException, InterruptedException, SourceRun.SourceStop {
        List<Optional<String>> courts = new ArrayList<>();
        source.courts().forEach(c -> courts.add(Optional.of(c)));
        if (courts.isEmpty()) {
            courts.add(Optional.empty());
        }
        for (String query : source.queries()) {
            for (Optional<String> court : courts) {
                search(tally, query, court);
            }
        }
    }

    static URI searchUri(URI api, String query, Optional<String> court, Optional<LocalDate> from) {
        StringBuilder u = new StringBuilder(JsonListing.base(api)).append("/v1/case-law?searchTerm=").append(JsonListing.enc(query));
        court.ifPresent(c -> u.append("&court=").append(JsonListing.enc(c)));
        from.ifPresent(d -> u.append("&dateFrom=").append(d));
        u.append("&size=").append(PAGE_SIZE).append("&pageIndex=0");
        return URI.create(u.toString());
    }

    private void search(SourceTally tally, String query, Optional<String> court)
            throws IOException, InterruptedException, SourceRun.SourceStop {
        tally.queries++;
        Optional<URI> next = Optional.of(searchUri(source.api(), query, court, source.from()));
        for (int page = 0; page < MAX_PAGES && next.isPresent(); page++) {
            URI uri = next.get();
            var ex = run.listing(source, tally, () -> run.client.api(uri, ACCEPT_JSON));
            if (ex == null) {
                return;
            }
            String what = "NeuRIS answer to searchTerm=\"" + query + "\"" + court.map(c -> " court=" + c).orElse("") + " (" + uri + ")";
            JsonNode answer = JsonListing.parse(ex.body(), what);
            JsonNode members = answer.get("member");
            if (members == null || !members.isArray() || !answer.path("totalItems").isNumber()) {
                throw new SourceRun.PortalChangedException(what + " has no member list or totalItems: the API changed its format");
            }
            tally.listed += members.size();
            for (JsonNode m : members) {
                item(tally, m.path("item"), what);
            }
            run.progress(source, tally, "searchTerm=\"" + query + "\"" + court.map(c -> " court=" + c).orElse("") + " page " + (page + 1));
            next = JsonListing.next(source.api(), answer.path("view").get("next"));
        }
    }

    private void item(SourceTally tally, JsonNode item, String what)
            throws IOException, InterruptedException, SourceRun.SourceStop {
        String number = item.path("documentNumber").asText("");
        if (number.isBlank()) {
            throw new SourceRun.PortalChangedException(what + ": a hit without item.documentNumber");
        }
        String court = item.path("courtType").asText("") + " " + item.path("courtName").asText("");
        String docket = item.path("fileNumbers").path(0).asText("");
        Optional<LocalDate> date = JsonListing.date(item.get("decisionDate"));
        boolean early = source.from().isPresent() && date.isPresent() && date.get().isBefore(source.from().get());
        if (TopicPrefilter.offTopic(court, docket).isPresent() || early) {
            tally.offTopic++;
            return;
        }
        URI doc = URI.create(JsonListing.base(source.api()) + "/v1/case-law/" + JsonListing.enc(number));
        run.document(source, tally, doc, () -> run.client.api(doc, ACCEPT_JSON));
    }
}
