package de.tenor.demo;

import static de.tenor.demo.Texts.euro;

import de.tenor.demo.ReasonText.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons of the fictional EuGH preliminary ruling: legal framework, the referred question and the
 * Court's answer built on Lawrie-Blum, Levin, Kempf and Genc.
 */
final class EughText {

    private EughText() {
    }

    static List<Section> eugh(CaseContext c) {
        Facts f = c.f();
        String party = c.f().initials.replace(". ", "").replace(".", "");
        List<String> p = new ArrayList<>();
        p.add("Das Vorabentscheidungsersuchen betrifft die Auslegung von Art. 45 AEUV und Art. 7 Abs. 1 Buchst. a der"
                + " Richtlinie 2004/38/EG über das Recht der Unionsbürger und ihrer Familienangehörigen, sich im"
                + " Hoheitsgebiet der Mitgliedstaaten frei zu bewegen und aufzuhalten.");
        p.add("Es ergeht im Rahmen eines Rechtsstreits zwischen " + party + " und dem Jobcenter " + f.place()
                + " über die Ablehnung von Leistungen der Grundsicherung für Arbeitsuchende.");
        p.add("Art. 7 Abs. 1 Buchst. a der Richtlinie 2004/38 bestimmt, dass jeder Unionsbürger das Recht auf Aufenthalt"
                + " im Hoheitsgebiet eines anderen Mitgliedstaats für einen Zeitraum von über drei Monaten hat, wenn er im"
                + " Aufnahmemitgliedstaat Arbeitnehmer oder Selbständiger ist.");
        p.add("Nach § 7 Abs. 1 Satz 2 Nr. 2 SGB II sind Ausländer, die kein Aufenthaltsrecht haben oder deren"
                + " Aufenthaltsrecht sich allein aus dem Zweck der Arbeitsuche ergibt, von den Leistungen ausgenommen. Nach"
                + " § 2 Abs. 2 Nr. 1 FreizügG/EU sind Unionsbürger, die sich als Arbeitnehmer aufhalten wollen,"
                + " unionsrechtlich freizügigkeitsberechtigt.");
        p.add(party + ", " + (f.female ? "eine " : "ein ") + c.nationalityNoun() + ", übt seit "
                + Texts.monthYear(f.jobStart) + " in Deutschland eine geringfügige Beschäftigung als " + f.jobTitle()
                + " im Umfang von " + f.hours + " Stunden wöchentlich gegen ein monatliches Entgelt von " + euro(f.pay)
                + " Euro aus.");
        p.add("Das Jobcenter lehnte die Gewährung ergänzender Leistungen mit der Begründung ab, die Tätigkeit sei völlig"
                + " untergeordnet und unwesentlich und sichere keinen wesentlichen Teil des Lebensunterhalts. Die Klage"
                + " blieb vor dem Sozialgericht ohne Erfolg.");
        p.add("Das Landessozialgericht Nordrhein-Westfalen hat Zweifel, ob es für die Arbeitnehmereigenschaft darauf"
                + " ankommt, dass das Entgelt einen wesentlichen Teil des Lebensunterhalts deckt. Es hat daher beschlossen,"
                + " das Verfahren auszusetzen und dem Gerichtshof folgende Frage zur Vorabentscheidung vorzulegen: Sind"
                + " Art. 45 AEUV und Art. 7 Abs. 1 Buchst. a der Richtlinie 2004/38 dahin auszulegen, dass eine"
                + " geringfügige Beschäftigung nur dann die Arbeitnehmereigenschaft begründet, wenn das Entgelt einen"
                + " wesentlichen Teil des Lebensunterhalts sichert?");
        p.add("Nach ständiger Rechtsprechung hat der Begriff des Arbeitnehmers im Sinne von Art. 45 AEUV eine"
                + " unionsrechtliche Bedeutung und darf nicht eng ausgelegt werden. Das wesentliche Merkmal des"
                + " Arbeitsverhältnisses besteht darin, dass jemand während einer bestimmten Zeit für einen anderen nach"
                + " dessen Weisung Leistungen erbringt, für die er als Gegenleistung eine Vergütung erhält (Urteil vom"
                + " 3. Juli 1986, Lawrie-Blum, 66/85).");
        p.add("Als Arbeitnehmer ist jeder anzusehen, der eine tatsächliche und echte Tätigkeit ausübt, wobei Tätigkeiten"
                + " außer Betracht bleiben, die einen so geringen Umfang haben, dass sie sich als völlig untergeordnet und"
                + " unwesentlich darstellen (Urteil vom 23. März 1982, Levin, 53/81).");
        p.add("Weder die begrenzte Höhe der Vergütung noch der Umstand, dass die betreffende Person ergänzende Mittel aus"
                + " öffentlichen Mitteln in Anspruch nimmt, kann Auswirkungen auf die Arbeitnehmereigenschaft haben (Urteil"
                + " vom 3. Juni 1986, Kempf, 139/85).");
        p.add("Ob eine Tätigkeit tatsächlich und echt ist, ist im Rahmen einer Gesamtbetrachtung zu beurteilen, die sowohl"
                + " die Art der Tätigkeit als auch die des Arbeitsverhältnisses berücksichtigt, etwa die Arbeitszeit, die"
                + " Dauer des Arbeitsverhältnisses, den Urlaubsanspruch und die Entgeltfortzahlung im Krankheitsfall"
                + " (Urteil vom 4. Februar 2010, Genc, C-14/09).");
        p.add("Ein Kriterium, wonach das Entgelt einen wesentlichen Teil des Lebensunterhalts sichern muss, findet in dieser"
                + " Rechtsprechung keine Stütze. Es liefe darauf hinaus, Teilzeitbeschäftigte mit geringem Einkommen vom"
                + " Arbeitnehmerbegriff auszunehmen, obwohl Teilzeitarbeit für viele Menschen ein wirksames Mittel zur"
                + " Verbesserung ihrer Lebensbedingungen ist.");
        p.add("Es ist Sache des vorlegenden Gerichts, anhand sämtlicher Umstände des Ausgangsverfahrens zu prüfen, ob die"
                + " Tätigkeit von " + party + " tatsächlich und echt ist. Dabei kann es insbesondere die Regelmäßigkeit der"
                + " Arbeitsleistung, die Dauer des Arbeitsverhältnisses und die vertraglichen Ansprüche berücksichtigen.");
        p.add("Nach alledem ist auf die Vorlagefrage zu antworten, dass eine geringfügige Beschäftigung nicht schon deshalb"
                + " als völlig untergeordnet und unwesentlich anzusehen ist, weil das Entgelt den Lebensunterhalt nicht"
                + " deckt.");
        p.add("Kosten: Für die Beteiligten des Ausgangsverfahrens ist das Verfahren ein Zwischenstreit in dem bei dem"
                + " vorlegenden Gericht anhängigen Rechtsstreit; die Kostenentscheidung ist daher Sache dieses Gerichts."
                + " Die Auslagen anderer Beteiligter für die Abgabe von Erklärungen vor dem Gerichtshof sind nicht"
                + " erstattungsfähig.");
        return List.of(new Section("Gründe", p));
    }
}
