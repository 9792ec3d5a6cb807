package de.tenor.web;

import de.tenor.search.Facet;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import de.tenor.search.SortOrder;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The result list for other programs: {@code /export.csv}, {@code /export.json}, {@code /zitierliste}
 * (text to paste into a letter) and {@code /feed.atom} (an alert a feed reader subscribes to). All
 * take the parameters of {@code /search}; {@code page} and {@code pageSize} are ignored.
 */
final class ExportRoutes {

    /** A Host header we echo into absolute links: name or IP with an optional port, nothing else. */
    private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");

    private final Searcher searcher;
    private final WebApp web;
    private final Clock clock;

    ExportRoutes(Searcher searcher, WebApp web, Clock clock) {
        this.searcher = searcher;
        this.web = web;
        this.clock = clock;
    }

    void csv(Context ctx) throws IOException {
        ExportRows rows = ExportRows.fetch(searcher, SearchParams.from(ctx), ExportRows.CAP, null, false);
        attachment(ctx, "text/csv; charset=utf-8", "tenor-export.csv");
        ctx.result(CsvExport.write(rows, baseUrl(ctx)).getBytes(StandardCharsets.UTF_8));
    }

    void json(Context ctx) throws IOException {
        ExportRows rows = ExportRows.fetch(searcher, SearchParams.from(ctx), ExportRows.CAP, null, false);
        String base = baseUrl(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", rows.request().query());
        m.put("filters", SearchParams.byParam(rows.request().filters()));
        m.put("from", rows.request().from() == null ? null : rows.request().from().toString());
        m.put("to", rows.request().to() == null ? null : rows.request().to().toString());
        m.put("total", rows.total());
        m.put("exported", rows.hits().size());
        m.put("cap", ExportRows.CAP);
        m.put("capped", rows.capped());
        m.put("note", rows.capNote());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (SearchHit hit : rows.hits()) {
            docs.add(DocumentView.of(hit, DocumentView.EXPORT, base));
        }
        m.put("documents", docs);
        ctx.header("Content-Disposition", "attachment; filename=\"tenor-export.json\"");
        web.json(ctx, m);
    }

    void citationList(Context ctx) throws IOException {
        ExportRows rows = ExportRows.fetch(searcher, SearchParams.from(ctx), ExportRows.CAP, null, true);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(CitationList.write(rows, baseUrl(ctx), LocalDate.now(clock)).getBytes(StandardCharsets.UTF_8));
    }

    void feed(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        ExportRows rows = ExportRows.fetch(searcher, request, AtomFeed.ENTRIES, SortOrder.ADDED, false);
        SearchUrls urls = new SearchUrls(withoutSort(request));
        String base = baseUrl(ctx);
        String self = urls.with("/feed.atom", request.filters());
        String feed = AtomFeed.write("Tenor: " + describe(request), rows.hits(), base, base + self,
                base + urls.with("/search", request.filters()), self, clock.instant());
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(feed.getBytes(StandardCharsets.UTF_8));
    }

    /** "„Minijob“, Stadt (Behörde): Duisburg, ab 01.01.2024", or "alle Dokumente". */
    static String describe(SearchRequest request) {
        StringJoiner s = new StringJoiner(", ");
        if (!request.query().isEmpty()) {
            s.add("„" + request.query() + "“");
        }
        for (Facet dim : Facet.values()) {
            for (String v : request.selected(dim)) {
                s.add(UiText.GERMAN.dimension(dim) + ": " + UiText.GERMAN.value(dim, v));
            }
        }
        if (request.from() != null) {
            s.add("ab " + UiText.GERMAN.date(request.from()));
        }
        if (request.to() != null) {
            s.add("bis " + UiText.GERMAN.date(request.to()));
        }
        return s.length() == 0 ? "alle Dokumente" : s.toString();
    }

    /** The feed is always newest first; its URLs do not carry a sort. */
    private static SearchRequest withoutSort(SearchRequest r) {
        return new SearchRequest(r.query(), r.filters(), r.from(), r.to(), null, 1, SearchRequest.DEFAULT_PAGE_SIZE, r.facts());
    }

    private static void attachment(Context ctx, String type, String fileName) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** Scheme and host the client used, for absolute links in files that leave the browser. */
    static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || !SAFE_HOST.matcher(host).matches()) {
            host = "127.0.0.1:" + ctx.port();
        }
        return ctx.scheme() + "://" + host;
    }
}
