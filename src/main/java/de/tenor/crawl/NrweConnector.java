package de.tenor.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * NRWE (all NRW courts): POSTs the complete search form per query × court, reads the
 * {@code div.einErgebnis} hits and the total in {@code #anzahlGefunden}, presses the {@code page{N}}
 * "&gt;" button (the same body plus that button) until there is none, and fetches each decision page
 * — on another host, so robots.txt and the delay of that host apply. Facts: {@code docs/SOURCES.md} §1.
 */
final class NrweConnector implements Connector {

    /** Result pages per search: 10 × 100 hits; a query that needs more is too broad for the topic. */
    static final int MAX_PAGES = 10;
    static final String PAGE_SIZE = "100";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter GERMAN_LOOSE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** One hit of the result list. */
    record Hit(URI url, String court, String docket, Optional<LocalDate> date) {
    }

    /** One parsed answer: the total, the hits, and the name of the "&gt;" button when there is a next page. */
    record ResultPage(int total, List<Hit> hits, Optional<String> nextButton) {
    }

    private final Source.Nrwe source;
    private final SourceRun run;

    NrweConnector(Source.Nrwe source, SourceRun run) {
        this.source = source;
        this.run = run;
    }

    @Override
    public void run(SourceTally tally) throws IOException, InterruptedException, SourceRun.SourceStop {
        List<Optional<Source.NrweCourt>> courts = new ArrayList<>();
        source.courts().forEach(c -> courts.add(Optional.of(c)));
        if (courts.isEmpty()) {
            courts.add(Optional.empty());
        }
        for (String query : source.queries()) {
            for (Optional<Source.NrweCourt> court : courts) {
                search(tally, query, court);
            }
        }
    }

    private void search(SourceTally tally, String query, Optional<Source.NrweCourt> court)
            throws IOException, InterruptedException, SourceRun.SourceStop {
        tally.queries++;
        FormBody form = form(query, court, source.from());
        Optional<String> button = Optional.empty();
        for (int page = 1; page <= MAX_PAGES; page++) {
            FormBody body = button.map(b -> form.with(b, ">")).orElse(form);
            var ex = run.listing(source, tally, () -> run.client.page(source.search(), Optional.of(body)));
            if (ex == null) {
                return;
            }
            String what = "NRWE answer to q=\"" + query + "\"" + court.map(c -> " " + c.type() + " " + c.place()).orElse("")
                    + " page " + page;
            ResultPage result = parse(new String(ex.body(), charset(ex.header("Content-Type"))), source.search(), what);
            tally.listed += result.hits().size();
            for (Hit hit : result.hits()) {
                Optional<String> off = TopicPrefilter.offTopic(hit.court(), hit.docket());
                boolean early = source.from().isPresent() && hit.date().isPresent() && hit.date().get().isBefore(source.from().get());
                if (off.isPresent() || early) {
                    tally.offTopic++;
                    continue;
                }
                run.document(source, tally, hit.url(), () -> run.client.pageFollowingRedirects(hit.url()));
            }
            run.progress(source, tally, "q=\"" + query + "\"" + court.map(c -> " " + c.type() + " " + c.place()).orElse("")
                    + " page " + page + " of " + Math.max(1, (result.total() + 99) / 100));
            button = result.nextButton();
            if (button.isEmpty()) {
                return;
            }
        }
    }

    /** Every field of the form, empty when unused, in the form's order (docs/SOURCES.md §1). */
    static FormBody form(String query, Optional<Source.NrweCourt> court, Optional<LocalDate> from) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("q", query);
        f.put("method", "stem");
        f.put("gerichtstyp", court.map(Source.NrweCourt::type).orElse(""));
        f.put("gerichtsort", court.map(Source.NrweCourt::place).orElse(""));
        f.put("gerichtsbarkeit", "");
        f.put("entscheidungsart", "");
        f.put("date", "");
        f.put("von", from.map(GERMAN::format).orElse(""));
        f.put("bis", "");
        f.put("von2", "");
        f.put("bis2", "");
        f.put("validFrom", "");
        f.put("aktenzeichen", "");
        f.put("schlagwoerter", "");
        f.put("qSize", PAGE_SIZE);
        f.put("sortieren_nach", "datum_absteigend");
        f.put("absenden", "Suchen");
        f.put("advanced_search", "false");
        return new FormBody(new ArrayList<>(f.entrySet()));
    }

    /** Reads one answer; an answer without the known markup is a changed portal, not "no hits". */
    static ResultPage parse(String html, URI base, String what) throws SourceRun.PortalChangedException {
        Document page = Jsoup.parse(html, base.toString());
        Element count = page.selectFirst("#anzahlGefunden strong");
        if (count == null) {
            throw new SourceRun.PortalChangedException(what + " has no hit count (#anzahlGefunden strong): "
                    + "the search page changed its format; nothing was read from it");
        }
        int total;
        try {
            total = Integer.parseInt(count.text().replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            throw new SourceRun.PortalChangedException(what + ": hit count \"" + count.text() + "\" is not a number");
        }
        List<Element> items = page.select("div.alleErgebnisse > div.einErgebnis");
        if (total > 0 && items.isEmpty()) {
            throw new SourceRun.PortalChangedException(what + " reports " + total
                    + " hits but holds no div.alleErgebnisse > div.einErgebnis: the result markup changed");
        }
        List<Hit> hits = new ArrayList<>();
        for (Element item : items) {
            Element link = item.selectFirst("a[href]");
            if (link == null || link.absUrl("href").isEmpty()) {
                throw new SourceRun.PortalChangedException(what + ": a hit without a link to its decision page");
            }
            Map<String, String> fields = fields(item);
            hits.add(new Hit(URI.create(link.absUrl("href").strip().replace(" ", "%20")), fields.getOrDefault("Gericht", ""),
                    fields.getOrDefault("Aktenzeichen", ""), date(fields.getOrDefault("Entscheidungsdatum", ""))));
        }
        Optional<String> next = Optional.empty();
        Element pagination = page.selectFirst("div.pagination");
        if (pagination != null) {
            for (Element button : pagination.select("input[type=submit]")) {
                if (button.attr("value").strip().equals(">") && button.attr("name").matches("page\\d+")) {
                    next = Optional.of(button.attr("name"));
                }
            }
        }
        return new ResultPage(total, hits, next);
    }

    /** The {@code Label: value} lines between the {@code <br />}s of one hit. */
    private static Map<String, String> fields(Element item) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : item.html().split("(?i)<br\\s*/?>")) {
            String line = Jsoup.parse(part).text().strip();
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("ECLI")) {
                fields.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip(), GERMAN_LOOSE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static java.nio.charset.Charset charset(Optional<String> contentType) {
        if (contentType.isPresent()) {
            var m = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.-]+)").matcher(contentType.get());
            if (m.find()) {
                try {
                    return java.nio.charset.Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    // unknown charset: UTF-8, what the portal declares in its page
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
