package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.ScaleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the patterns that are tried only where one of their prefixes occurs find exactly what a scan of
 * the whole text finds — the same matches, groups and order — on real decisions, generated rulings and word
 * salad made of the patterns' own words (so that near-misses and matches at every kind of prefix occur).
 */
class PrefixedPatternTest {

    /** The patterns' words, their neighbours and a few near-misses, glued into random texts. */
    private static final List<String> WORDS = List.of("Jobcenter", "JobCenter", "Jobcenters", "JOBCENTER", "Integrationscenter",
            "für", "Arbeit", "Sozialagentur", "ARGE", "Arbeitsgemeinschaft", "Ausländerbehörde", "Ausländeramt", "Ausländeramtes",
            "Oberbürgermeisterin", "Bürgermeister", "Landrat", "Landrätin", "gegen", "dagegen", "die", "der", "des", "Die", "im", "in",
            "beklagte", "Beklagte,", "antragsgegnerische", "Antragsgegnerin,", "Ordnungsverfügung", "Bescheid", "Bescheides",
            "Verfügung", "Verlustfeststellung", "Feststellung", "Stadtverwaltung", "Stadt", "Landeshauptstadt", "kreisfreie",
            "Kreisfreien", "Stadtbahn", "stellte", "hat", "hatte", "lehnte", "wies", "prüfte", "vertreten", "durch", "fest", "ab",
            "Dortmund", "Essen", "Duisburg", "Mülheim", "an", "Ruhr", "Gelsenkirchen", "H.", "X", "XX", "N01", "H-Stadt", "…", "...",
            "Arbeitnehmer", "Arbeitnehmerin", "eigenschaft", "status", "begriff", "nen", "Erwerbstätigeneigenschaft", "Status",
            "als", "fortwirkender", "Sinne", "gilt", "anerkannt", "§", "2", "7", "5", "6", "1", "4", "Abs.", "Abs", "Nr.", "S.", "Satz",
            "SGB", "II", "III", "FreizügG/EU", "FreizügG", "Freizügigkeitsgesetz/EU", "Freizügigkeitsgesetz", "-", "EU",
            "Leistungsausschluss", "Verlust", "ihres", "Rechts", "Freizügigkeitsrechts", "Recht", "auf", "Einreise", "und",
            "Aufenthalt", "verloren", "entzogen", "Nichtbestehen", "Nichtbestehens", "Freizügigkeit", "Aufenthaltsrecht",
            "Arbeitsuche", "Arbeitssuche", "Zweck", "Unionsbürger", "EU-Bürger", "EU-Ausländer", "Staatsangehörige", "eines",
            "anderen", "Mitgliedstaat", "rumänischer", "bulgarische", "polnischen", "aus", "Rumänien", "Bulgarien", "völlig",
            "untergeordnet", "unwesentlich", "tatsächliche", "tatsächlich", "echte", "echt", "Unionsrechts", "unionsrechtlicher",
            "unionsrechtliches", "Art.", "Artikel", "45", "39", "EG", "AEUV", "2004/38", "492/2011", "1612/68",
            "Arbeitnehmerfreizügigkeit", "Freizügigkeitsrecht", "Alimanovic", "García-Nieto", "Dano", "Danone", "Genc", "Levin",
            "Lawrie-Blum", "Abschiebungsandrohung", "Ausreisepflicht", "beschäftigt", "tätig", "Tätigkeit", "angestellt",
            "arbeitete", "eingestellt", "Beschäftigung", "Arbeitsvertrages", "Arbeitsverhältnis", "Minijob", "geringfügig", "jobbt",
            "übt", "ausübt", "aufgenommen", "Arbeitnehmerstatus", "Arbeitnehmerbegriff", "Steymann", "Martinez", "Martínez", "Sala",
            "Ruiz", "Zambrano", "Megner", "u.", "Scheffel", "Zhu", "Chen", "Saint", "Prix", "Rs.", "C-14/09", "BVerwG", "C", "B",
            "12.22", "3.21", "10", "VwGO", "Artt.", "§§", "ff.", "sowie", "i.V.m.", "Buchst.", "a)", "Halbs.", "sei",
            "seien", "habe", "haben", "übe", "ausübe", "gehe", "vermittele", "stelle", "Kempf", "EuGH", "BSG", "vgl", "entschiedenen",
            "Fall");
    private static final List<String> GLUE = List.of(" ", " ", " ", " ", "", ", ", ". ", "\n", "  ", " (", ") ", ": ");

    @Test
    void patterns_in_use_find_what_a_scan_of_the_whole_text_finds() throws IOException {
        List<String> texts = texts();
        int matches = 0;
        for (String raw : texts) {
            // The authority pattern reads normalised reasons only (CityResolver.fromReasons).
            matches += compare(CityResolver.AUTHORITY_IN_REASONS, Texts.normalizeSpace(raw));
            for (PrefixedPattern marker : TopicClassifier.markerPatterns()) {
                matches += compare(marker, raw);
            }
            matches += compare(JobParser.WORKING, raw);
            matches += compare(EmploymentFactsExtractor.ON_TOPIC, raw);
            // These read normalised texts too (NormExtractor.find, EuCaseExtractor.find, DocketParser.findAll).
            String normal = Texts.normalizeSpace(raw);
            matches += compare(NormExtractor.CITATION, normal);
            matches += compare(EuCaseExtractor.MORE_NAME, normal);
            matches += compare(DocketParser.FEDERAL_AT_DIGITS, normal);
            matches += compare(WorkerStatusFinder.REPORTED, raw);
            matches += compare(WorkerStatusFinder.OTHER_COURT, raw);
        }
        assertTrue(texts.size() > 800, "texts compared: " + texts.size());
        assertTrue(matches > 20_000, "the texts must contain matches: " + matches);
    }

    @Test
    void prefixes_must_not_be_empty() {
        assertThrows(IllegalArgumentException.class, () -> new PrefixedPattern(java.util.regex.Pattern.compile("a"), List.of("")));
        assertThrows(IllegalArgumentException.class, () -> new PrefixedPattern(java.util.regex.Pattern.compile("a"), List.of()));
    }

    /** Asserts both ways give the same matches; returns how many. */
    private static int compare(PrefixedPattern p, String text) {
        List<String> whole = p.pattern().matcher(text).results().map(PrefixedPatternTest::describe).toList();
        List<String> prefixed = new ArrayList<>();
        p.forEachMatch(text, m -> prefixed.add(describe(m)));
        assertEquals(whole, prefixed, () -> p.pattern() + " in: " + text);
        assertEquals(!whole.isEmpty(), p.foundIn(text), () -> p.pattern() + " in: " + text);
        return whole.size();
    }

    private static String describe(MatchResult m) {
        StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        return s.toString();
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        // Real decisions and pages as they come (markup included: more near-misses).
        for (Path dir : List.of(Path.of("src/test/resources/extract"), Path.of("corpus/demo"),
                TestFiles.shared().resolve("corpora/bverwg-2024-pages/html"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                        texts.add(text.substring(0, Math.min(text.length(), 60_000))); // enough of the large pages, and quick
                    }
                }
            }
        }
        ScaleCorpus generated = new ScaleCorpus(7);
        for (int i = 0; i < 200; i++) {
            texts.add(generated.document(i).text());
        }
        SplittableRandom random = new SplittableRandom(21);
        for (int t = 0; t < 500; t++) {
            StringBuilder s = new StringBuilder();
            int words = 5 + random.nextInt(300);
            for (int w = 0; w < words; w++) {
                s.append(WORDS.get(random.nextInt(WORDS.size()))).append(GLUE.get(random.nextInt(GLUE.size())));
            }
            texts.add(s.toString());
        }
        return texts;
    }
}
