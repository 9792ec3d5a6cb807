package de.tenor.demo;

import de.tenor.demo.ReasonText.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The line structure shared by the PDF and DOCX rulings: notice, court, type, docket, date, ECLI,
 * Rubrum, "Tenor", then each section heading and its paragraphs prefixed with their number.
 */
final class PlainLayout {

    /** One block of text; {@code heading} blocks are set in bold, {@code number} is 0 for unnumbered ones. */
    record Block(String text, boolean heading, int number) {
    }

    private PlainLayout() {
    }

    static List<Block> of(DemoCase d) {
        List<Block> out = new ArrayList<>();
        out.add(new Block(Texts.RULING_NOTICE, false, 0));
        out.add(new Block(d.court().fullName, true, 0));
        out.add(new Block(d.decisionType(), true, 0));
        out.add(new Block("Az.: " + d.docket(), false, 0));
        out.add(new Block("Datum: " + Texts.shortDate(d.date()), false, 0));
        if (!d.ecli().isEmpty()) {
            out.add(new Block("ECLI: " + d.ecli(), false, 0));
        }
        if (!d.lowerInstance().isEmpty()) {
            out.add(new Block("Vorinstanz: " + d.lowerInstance(), false, 0));
        }
        for (String r : d.rubrum()) {
            out.add(new Block(r, false, 0));
        }
        if (!d.tenor().isEmpty()) {
            out.add(new Block("Tenor", true, 0));
            for (String t : d.tenor()) {
                out.add(new Block(t, false, 0));
            }
        }
        int rn = 1;
        for (Section s : d.sections()) {
            if (s.firstNumber() > 0) {
                rn = s.firstNumber();
            }
            out.add(new Block(s.heading(), true, 0));
            for (String p : s.paragraphs()) {
                out.add(new Block(p, false, rn++));
            }
        }
        out.add(new Block(Texts.NOTICE + ".", false, 0));
        return out;
    }
}
