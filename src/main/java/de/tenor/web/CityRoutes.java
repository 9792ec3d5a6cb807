package de.tenor.web;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Outcome;
import de.tenor.search.Facet;
import de.tenor.search.FacetCount;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import de.tenor.search.SortOrder;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** {@code GET /stadt} (all cities) and {@code GET /stadt/{name}} (one city's rulings, news, outcomes and courts). */
final class CityRoutes {

    /** Newest rulings and news shown per column; the full lists are one click away. */
    static final int NEWEST = 8;
    private static final int MAX_CITY_CHARS = 100;

    private final Searcher searcher;
    private final WebApp web;

    CityRoutes(Searcher searcher, WebApp web) {
        this.searcher = searcher;
        this.web = web;
    }

    /** The page of a city; spaces as %20, so "Kreis Wesel" stays one path segment. */
    static String path(String city) {
        return "/stadt/" + URLEncoder.encode(city, StandardCharsets.UTF_8).replace("+", "%20");
    }

    void cityIndex(Context ctx) throws IOException {
        SearchResult all = searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.DATE, 1, 1));
        Collator german = Collator.getInstance(Locale.GERMANY);
        List<CityPage.Count> cities = all.facets().getOrDefault(Facet.CITY, List.of()).stream()
                .filter(c -> !"unknown".equals(c.value()))
                .sorted(Comparator.comparing(FacetCount::value, german))
                .map(c -> new CityPage.Count(c.value(), c.count(), path(c.value()), null))
                .toList();
        web.html(ctx, "cities.jte", new CityIndexPage(cities));
    }

    void cityPage(Context ctx) throws IOException {
        String city = ctx.pathParam("name").strip();
        SearchResult rulings = city.isEmpty() || city.length() > MAX_CITY_CHARS ? null : newest(city, DocType.RULING);
        SearchResult news = rulings == null ? null : newest(city, DocType.NEWS);
        if (rulings == null || rulings.total() + news.total() == 0) {
            ctx.status(404);
            web.html(ctx, "error.jte", new ErrorPage(404, "Stadt nicht gefunden",
                    "Zu dieser Stadt gibt es im Korpus keine Entscheidungen und keine Nachrichten. "
                            + "Die Übersicht aller Städte steht unter /stadt."));
            return;
        }
        String label = UiText.GERMAN.value(Facet.CITY, city);
        List<CityPage.Count> outcomes = new ArrayList<>();
        Map<String, Integer> byOutcome = counts(rulings, Facet.OUTCOME);
        for (Outcome o : Outcome.values()) {
            int n = byOutcome.getOrDefault(o.json(), 0);
            outcomes.add(new CityPage.Count(UiText.GERMAN.outcome(o), n, search(city, DocType.RULING, Facet.OUTCOME, o.json()),
                    "outcome-" + o.json()));
        }
        List<CityPage.Count> courts = new ArrayList<>();
        counts(rulings, Facet.COURT).forEach((court, n) ->
                courts.add(new CityPage.Count(court, n, search(city, DocType.RULING, Facet.COURT, court), null)));
        web.html(ctx, "city.jte", new CityPage(city, label, (int) rulings.total(), (int) news.total(),
                rulings.hits().stream().map(CityRoutes::item).toList(),
                news.hits().stream().map(CityRoutes::item).toList(),
                outcomes, courts,
                search(city, DocType.RULING, null, null), search(city, DocType.NEWS, null, null),
                "/vergleich?city=" + SearchUrls.enc(city), "/feed.atom?city=" + SearchUrls.enc(city)));
    }

    private SearchResult newest(String city, DocType type) throws IOException {
        Map<Facet, List<String>> filters = Map.of(Facet.CITY, List.of(city), Facet.TYPE, List.of(type.json()));
        return searcher.search(new SearchRequest("", filters, null, null, SortOrder.DATE, 1, NEWEST));
    }

    private static Map<String, Integer> counts(SearchResult result, Facet dim) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FacetCount c : result.facets().getOrDefault(dim, List.of())) {
            if (c.count() > 0) {
                out.put(c.value(), c.count());
            }
        }
        return out;
    }

    private static String search(String city, DocType type, Facet dim, String value) {
        StringJoiner q = new StringJoiner("&", "/search?", "");
        q.add("city=" + SearchUrls.enc(city)).add("type=" + type.json());
        if (dim != null) {
            q.add(dim.param() + "=" + SearchUrls.enc(value));
        }
        return q + "&sort=date";
    }

    private static CityPage.Item item(SearchHit hit) {
        Document d = hit.document();
        StringJoiner meta = new StringJoiner(" · ");
        for (String part : new String[] {d.ruling().court(), d.ruling().decisionType(), UiText.GERMAN.date(d.sortDate()),
                d.ruling().docket() == null ? null : "Az. " + d.ruling().docket(), d.news().outlet()}) {
            if (part != null && !part.isBlank()) {
                meta.add(part);
            }
        }
        String outcome = d.ruling().outcome() == null ? null : d.ruling().outcome().json();
        return new CityPage.Item("/doc/" + d.id(), d.title().isBlank() ? "(ohne Titel)" : d.title(), meta.toString(),
                outcome, d.ruling().outcome() == null ? null : UiText.GERMAN.outcome(d.ruling().outcome()));
    }
}
