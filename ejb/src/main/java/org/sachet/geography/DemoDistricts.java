package org.sachet.geography;

/** The districts of the case study's programme, where the demo's people, places and stations are. */
public final class DemoDistricts {

    public static final int SUNSARI = 11;
    public static final int MAKWANPUR = 30;
    public static final int BANKE = 57;

    private DemoDistricts() {
    }
}
