package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredPatternTest {

    /** Look-arounds on both sides and an alternation, like the authority pattern of CityResolver. */
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?<![\\p{L}])(?:Jobcenter|Stadt|Landeshauptstadt)\\s+(?:der\\s+Stadt\\s+)?([A-ZÄÖÜ]\\p{L}+)(?!\\p{L})");
    private static final List<String> WORDS = List.of("Jobcenter", "Stadt", "Landeshauptstadt", "der", "Dortmund", "Essen",
            "hat", "Bescheid", "vom", "12.", "Mai", "Gelsenkirchen", "Hagen", "und", "die", "Stadtbahn", "Jobcenters");

    @Test
    void finds_what_a_scan_of_the_whole_text_finds_in_the_same_order() {
        AnchoredPattern anchored = new AnchoredPattern(AUTHORITY, List.of("Jobcenter", "tadt"), 40);
        SplittableRandom random = new SplittableRandom(7);
        int compared = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(400);
            for (int w = 0; w < words; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            String s = text.toString();
            List<String> whole = AUTHORITY.matcher(s).results().map(m -> m.start() + ":" + m.group()).toList();
            List<String> around = new ArrayList<>();
            anchored.forEachMatch(s, m -> around.add(m.start() + ":" + m.group()));
            assertEquals(whole, around, s);
            assertEquals(!whole.isEmpty(), anchored.foundIn(s), s);
            compared += whole.size();
        }
        assertTrue(compared > 1000, "the generated texts must contain matches: " + compared);
    }

    @Test
    void a_match_reaching_further_than_its_reach_is_not_found() {
        AnchoredPattern anchored = new AnchoredPattern(Pattern.compile("Stadt.{50}Ende"), List.of("Stadt"), 20);
        String text = "Stadt" + "x".repeat(50) + "Ende";
        assertTrue(Pattern.compile("Stadt.{50}Ende").matcher(text).find());
        assertFalse(anchored.foundIn(text));
    }
}
