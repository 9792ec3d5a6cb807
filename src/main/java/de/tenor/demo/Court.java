package de.tenor.demo;

/** The courts of the demo corpus, with the names, codes and panels the generated documents use. */
enum Court {
    VG_GE("VG Gelsenkirchen", "Verwaltungsgericht Gelsenkirchen", "des Verwaltungsgerichts Gelsenkirchen",
            Branch.VG, "VGGE", "vg-gelsenkirchen", new int[] {8, 11, 16}),
    VG_D("VG Düsseldorf", "Verwaltungsgericht Düsseldorf", "des Verwaltungsgerichts Düsseldorf",
            Branch.VG, "VGD", "vg-duesseldorf", new int[] {7, 24, 27}),
    VG_AR("VG Arnsberg", "Verwaltungsgericht Arnsberg", "des Verwaltungsgerichts Arnsberg",
            Branch.VG, "VGAR", "vg-arnsberg", new int[] {7, 12}),
    OVG("OVG NRW", "Oberverwaltungsgericht NRW", "des Oberverwaltungsgerichts für das Land Nordrhein-Westfalen",
            Branch.OVG, "OVGNRW", "ovg-nrw", new int[] {18}),
    SG_GE("SG Gelsenkirchen", "Sozialgericht Gelsenkirchen", "des Sozialgerichts Gelsenkirchen",
            Branch.SG, "SGGE", "sg-gelsenkirchen", new int[] {11, 45}),
    SG_DO("SG Dortmund", "Sozialgericht Dortmund", "des Sozialgerichts Dortmund",
            Branch.SG, "SGDO", "sg-dortmund", new int[] {19, 30, 62}),
    SG_DU("SG Duisburg", "Sozialgericht Duisburg", "des Sozialgerichts Duisburg",
            Branch.SG, "SGDU", "sg-duisburg", new int[] {31, 41, 49}),
    SG_D("SG Düsseldorf", "Sozialgericht Düsseldorf", "des Sozialgerichts Düsseldorf",
            Branch.SG, "SGD", "sg-duesseldorf", new int[] {12, 35}),
    LSG("LSG NRW", "Landessozialgericht NRW", "des Landessozialgerichts Nordrhein-Westfalen",
            Branch.LSG, "LSGNRW", "lsg-nrw", new int[] {7, 12, 19, 21}),
    BSG("BSG", "Bundessozialgericht", "des Bundessozialgerichts",
            Branch.BSG, "BSG", "bsg", new int[] {4, 14}),
    BVERWG("BVerwG", "Bundesverwaltungsgericht", "des Bundesverwaltungsgerichts",
            Branch.BVerwG, "BVerwG", "bverwg", new int[] {1}),
    EUGH("EuGH", "Gerichtshof der Europäischen Union", "des Gerichtshofs der Europäischen Union",
            Branch.EuGH, "", "eugh", new int[] {2, 3});

    /** Court level and jurisdiction as written to truth.csv. */
    enum Branch { VG, OVG, SG, LSG, BVerwG, BSG, EuGH }

    final String shortName;
    final String fullName;
    final String genitive;
    final Branch branch;
    final String ecliCode;
    final String slug;
    final int[] panels;

    Court(String shortName, String fullName, String genitive, Branch branch, String ecliCode, String slug,
            int[] panels) {
        this.shortName = shortName;
        this.fullName = fullName;
        this.genitive = genitive;
        this.branch = branch;
        this.ecliCode = ecliCode;
        this.slug = slug;
        this.panels = panels;
    }

    boolean social() {
        return branch == Branch.SG || branch == Branch.LSG || branch == Branch.BSG;
    }

    boolean federal() {
        return branch == Branch.BSG || branch == Branch.BVerwG;
    }

    /** "8. Kammer", "18. Senat", "Zweite Kammer". */
    String panelName(int panel) {
        return switch (branch) {
            case VG, SG -> panel + ". Kammer";
            case OVG, LSG, BSG, BVerwG -> panel + ". Senat";
            case EuGH -> (panel == 2 ? "Zweite" : "Dritte") + " Kammer";
        };
    }

    /** The first-instance administrative court for an Ausländerbehörde of this city (docs/DOMAIN.md table). */
    static Court administrativeFor(String city) {
        return switch (city) {
            case "Gelsenkirchen", "Dortmund", "Essen", "Bochum", "Herne" -> VG_GE;
            case "Duisburg", "Düsseldorf", "Oberhausen" -> VG_D;
            case "Hagen", "Hamm" -> VG_AR;
            default -> throw new IllegalArgumentException("no administrative court for city " + city);
        };
    }

    /** The first-instance social court for the Jobcenter of this city (docs/DOMAIN.md table). */
    static Court socialFor(String city) {
        return switch (city) {
            case "Gelsenkirchen" -> SG_GE;
            case "Dortmund", "Hagen" -> SG_DO;
            case "Duisburg", "Essen" -> SG_DU;
            case "Düsseldorf" -> SG_D;
            default -> throw new IllegalArgumentException("no social court for city " + city);
        };
    }
}
