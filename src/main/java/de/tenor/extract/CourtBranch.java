package de.tenor.extract;

/** Court level and jurisdiction: administrative (VG, OVG, BVerwG), social (SG, LSG, BSG), EU (EuGH). */
public enum CourtBranch {
    VG, OVG, SG, LSG, BVerwG, BSG, EuGH, other;

    public String json() { return name(); }
}
