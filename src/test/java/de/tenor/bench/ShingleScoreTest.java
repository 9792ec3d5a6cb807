package de.tenor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Zyte benchmark metric as described in its SOURCE.md. */
class ShingleScoreTest {

    @Test
    void identical_texts_score_one() {
        ShingleScore.Page p = ShingleScore.page("Die Klage wird abgewiesen und die Kosten trägt der Kläger.",
                "Die Klage wird abgewiesen und die Kosten trägt der Kläger.");
        assertEquals(new ShingleScore.Page(1, 0, 0), p);
    }

    @Test
    void punctuation_and_line_breaks_do_not_matter_but_case_does() {
        assertEquals(1.0, ShingleScore.page("eins zwei drei vier", "eins,\n\nzwei – drei: vier!").tp());
        assertEquals(0.0, ShingleScore.page("eins zwei drei vier", "Eins zwei drei vier").tp());
    }

    @Test
    void counts_are_scaled_to_sum_to_one() {
        // truth: 5 tokens → 2 shingles; prediction adds one token → 3 shingles, 2 shared.
        ShingleScore.Page p = ShingleScore.page("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, p.tp(), 1e-9);
        assertEquals(1.0 / 3, p.fp(), 1e-9);
        assertEquals(0.0, p.fn(), 1e-9);
    }

    @Test
    void a_text_shorter_than_four_tokens_is_one_shingle() {
        assertEquals(1.0, ShingleScore.page("kurz und gut", "kurz und gut").tp());
    }

    @Test
    void empty_output_costs_recall_but_is_left_out_of_precision() {
        ShingleScore.Page empty = ShingleScore.page("a b c d e", "");
        assertFalse(empty.hasOutput());
        ShingleScore.Summary s = ShingleScore.summarize(List.of(empty, ShingleScore.page("a b c d", "a b c d")));
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-9);
    }
}
