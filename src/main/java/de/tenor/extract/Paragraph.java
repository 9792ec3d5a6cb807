package de.tenor.extract;

import java.util.Objects;

/**
 * One paragraph of a decision's body.
 *
 * @param number the court's paragraph number (Rn.) as printed, or {@code null} when unnumbered
 * @param heading true for section headings such as "Tatbestand" or "Gründe"
 */
public record Paragraph(String number, String text, boolean heading) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
