package de.tenor.bench;

import de.tenor.extract.Outcome;
import de.tenor.search.Facet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fixed query mix: 5 % one rare word (in a handful of documents, no filter), 30 % one or two words, 25 % three or four words, 15 % quoted phrases,
 * 15 % docket lookups of documents in the index (without filters), 10 % browsing with an empty query (the start
 * page, newest first); the others with no facet filter (50 %), one (35 %) or two (15 %). Deterministic
 * in the seed and the corpus size. Stateless.
 */
final class BenchQueries {

    private static final List<Facet> FACET_DIMS = List.of(Facet.CITY, Facet.OUTCOME, Facet.COURT, Facet.YEAR, Facet.TYPE);
    private static final List<String> COURTS = List.of("VG Gelsenkirchen", "VG Düsseldorf", "SG Dortmund",
            "SG Duisburg", "OVG NRW", "LSG NRW");

    private BenchQueries() {
    }

    static List<BenchQuery> build(ScaleCorpus corpus, int docs, int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED_CAFEL);
        List<BenchQuery> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            int shape = rnd.nextInt(100);
            BenchQuery query;
            if (shape < 5) {
                query = new BenchQuery(BenchQuery.Kind.RARE, corpus.rareWord(rnd, docs), Map.of());
            } else if (shape < 35) {
                query = new BenchQuery(BenchQuery.Kind.WORDS, String.join(" ", corpus.queryWords(rnd, 1 + rnd.nextInt(2))), filters(rnd));
            } else if (shape < 60) {
                query = new BenchQuery(BenchQuery.Kind.WORDS, String.join(" ", corpus.queryWords(rnd, 3 + rnd.nextInt(2))), filters(rnd));
            } else if (shape < 75) {
                query = new BenchQuery(BenchQuery.Kind.PHRASE, "\"" + corpus.phrase(rnd) + "\"", filters(rnd));
            } else if (shape < 90) {
                query = new BenchQuery(BenchQuery.Kind.DOCKET, docket(corpus, docs, rnd), Map.of());
            } else {
                query = new BenchQuery(BenchQuery.Kind.BROWSE, "", filters(rnd));
            }
            out.add(query);
        }
        return List.copyOf(out);
    }

    /** A docket that is in the index; a docket lookup rarely comes with filters, so none. */
    private static String docket(ScaleCorpus corpus, int docs, SplittableRandom rnd) {
        while (true) {
            var docket = corpus.docket(rnd.nextInt(docs));
            if (docket.isPresent()) {
                return docket.get();
            }
        }
    }

    private static Map<Facet, List<String>> filters(SplittableRandom rnd) {
        int n = rnd.nextInt(100);
        int count = n < 50 ? 0 : n < 85 ? 1 : 2;
        Map<Facet, List<String>> out = new LinkedHashMap<>();
        while (out.size() < count) {
            Facet dim = FACET_DIMS.get(rnd.nextInt(FACET_DIMS.size()));
            out.putIfAbsent(dim, List.of(value(dim, rnd)));
        }
        return out;
    }

    private static String value(Facet dim, SplittableRandom rnd) {
        return switch (dim) {
            case CITY -> ScaleCorpus.CITIES.get(rnd.nextInt(10));
            case OUTCOME -> Outcome.values()[rnd.nextInt(Outcome.values().length)].json();
            case COURT -> COURTS.get(rnd.nextInt(COURTS.size()));
            case YEAR -> Integer.toString(2016 + rnd.nextInt(11));
            default -> rnd.nextInt(4) == 0 ? "news" : "ruling";
        };
    }
}
