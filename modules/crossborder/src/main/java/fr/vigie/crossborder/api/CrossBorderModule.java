package fr.vigie.crossborder.api;

/** The module's name, as it appears in case references ({@code crossborder:TF-2027-000001}) and in the catalogue. */
public final class CrossBorderModule {
    public static final String NAME = "crossborder";

    private CrossBorderModule() {}
}
