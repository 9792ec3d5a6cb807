package de.tenor.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the printed parts of a news article into {@link Document} fields: publication date,
 * outlet, the cities it mentions, and the cases and norms it cites (articles about rulings often
 * name the docket, which lets the UI link the article to the ruling). Thread-safe.
 */
final class NewsAssembler {

    private final GermanDates dates;
    private final CityResolver cities = new CityResolver();
    private final DocketParser dockets = new DocketParser();
    private final NormExtractor norms = new NormExtractor();
    private final EuCaseExtractor euCases = new EuCaseExtractor();

    NewsAssembler(Clock clock) {
        this.dates = new GermanDates(clock);
    }

    void fill(Document.Builder b, NewsParts parts) {
        List<String> blocks = new ArrayList<>();
        if (!parts.title().isEmpty() && !parts.paragraphs().contains(parts.title())) {
            blocks.add(parts.title()); // the headline is searchable text too
        }
        blocks.addAll(parts.paragraphs());
        String text = String.join("\n\n", blocks);

        b.title(parts.title());
        b.text(text);
        b.paragraphs(parts.paragraphs().stream().map(p -> new Paragraph(null, p, false)).toList());
        b.outlet(Texts.emptyToNull(parts.outlet()));
        b.published(dates.parse(parts.published()).orElse(null));
        b.cities(cities.mentioned(text));
        b.norms(norms.find(text));
        b.euCases(euCases.find(text));
        b.citedDockets(dockets.findAll(text).stream().map(Docket::text).toList());
    }
}
