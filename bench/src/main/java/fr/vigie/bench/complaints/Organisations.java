package fr.vigie.bench.complaints;

import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.api.organisation.Siret;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The organisations complained about: a pool where a few are complained about all the time (the
 * repeat offenders of a real authority's statistics) and most once or twice. The rank of an
 * organisation is drawn as {@code pool * u^3}, so the top 1 % of the pool receives about a fifth
 * of all complaints. Each organisation is derived from its rank alone: the same seed gives the
 * same names and identifiers whatever the batch.
 */
public final class Organisations {
    private static final List<String> FORMS = List.of("SAS", "SA", "SARL", "SCI", "SNC", "association", "EURL");
    private static final List<String> KINDS = List.of(
            "Société",
            "Groupe",
            "Clinique",
            "Banque",
            "Mutuelle",
            "Agence",
            "Laboratoire",
            "Cabinet",
            "Institut",
            "Magasins",
            "Compagnie",
            "Centre hospitalier",
            "Assurances",
            "Télécom",
            "Éditions",
            "Transports",
            "Hôtels",
            "Pharmacie",
            "Immobilière",
            "Plateforme");
    private static final List<String> ROOTS = List.of(
            "Armor",
            "Azur",
            "Boréal",
            "Cévennes",
            "Delta",
            "Éole",
            "Fortis",
            "Garonne",
            "Horizon",
            "Iroise",
            "Jura",
            "Kerlann",
            "Lumière",
            "Mistral",
            "Neptune",
            "Occitan",
            "Provence",
            "Quartz",
            "Rhône",
            "Sequana",
            "Tramontane",
            "Ubaye",
            "Vauban",
            "Wissant",
            "Yvelines",
            "Zénith",
            "Atlas",
            "Bocage",
            "Calanque",
            "Dauphin",
            "Estuaire",
            "Falaise",
            "Granit",
            "Hermine",
            "Isard",
            "Lavande",
            "Marais",
            "Noroît",
            "Orée",
            "Pilat",
            "Ravel",
            "Sable",
            "Tilleul",
            "Vercors",
            "Vosges",
            "Adour",
            "Brocéliande",
            "Camargue",
            "Durance",
            "Esterel",
            "Forez",
            "Gévaudan",
            "Hoëdic",
            "Landes",
            "Morvan",
            "Nivernais",
            "Oisans",
            "Périgord",
            "Queyras",
            "Rouergue",
            "Sologne",
            "Touraine",
            "Valois",
            "Vexin",
            "Aubrac",
            "Beauce",
            "Causses");
    private static final List<String> ABROAD = List.of("IE", "IE", "IE", "NL", "LU", "DE", "US", "BE");

    /** One organisation: {@code identifier} is a SIREN or SIRET (valid checksums) or null abroad. */
    record Organisation(
            int rank, String name, String country, String identifier, String siren, double complaintsPerYear) {
        boolean repeatOffender() {
            return complaintsPerYear >= 2;
        }
    }

    private final int pool;
    private final long seed;
    private final double complaintsPerYear;

    /**
     * @param complaints the total to generate
     * @param years      over how many years they are received
     */
    Organisations(int complaints, int years, long seed) {
        this.pool = Math.max(100, complaints / 25);
        this.seed = seed;
        this.complaintsPerYear = (double) complaints / years;
    }

    int pool() {
        return pool;
    }

    /** The rank of the organisation a complaint is about. */
    int drawRank(SplittableRandom random) {
        double u = random.nextDouble();
        return Math.min(pool - 1, (int) (pool * u * u * u));
    }

    Organisation at(int rank) {
        SplittableRandom random = new SplittableRandom(seed * 31 + rank * 0x9E3779B97F4A7C15L);
        String name = FrenchFacts.pick(KINDS, random) + " " + FrenchFacts.pick(ROOTS, random)
                + (rank >= ROOTS.size()
                        ? " " + (rank % 997 == 0 ? "International" : FrenchFacts.pick(FrenchFacts.CITIES, random))
                        : "")
                + " " + FrenchFacts.pick(FORMS, random);
        boolean abroad = random.nextInt(100) < 6;
        String country = abroad ? FrenchFacts.pick(ABROAD, random) : "FR";
        String siren = null;
        String identifier = null;
        if (!abroad) {
            siren = withLuhnDigit(String.format("%08d", 10_000_000 + random.nextInt(89_999_999)));
            identifier = random.nextInt(5) == 0
                    ? withLuhnDigit(siren + String.format("%04d", random.nextInt(10_000)))
                    : siren;
        }
        // Expected complaints a year: the density of rank r under pool * u^3, times the yearly flow.
        double share = (Math.cbrt((rank + 1.0) / pool) - Math.cbrt((double) rank / pool));
        return new Organisation(rank, name, country, identifier, siren, share * complaintsPerYear);
    }

    /**
     * Appends the check digit that makes {@code digits} a valid SIREN (8 digits given) or SIRET
     * (13 given), by the application's own rule ({@link Siren}, {@link Siret}).
     */
    public static String withLuhnDigit(String digits) {
        for (int d = 0; d <= 9; d++) {
            String candidate = digits + d;
            if (candidate.length() == 9 ? Siren.isValid(candidate) : Siret.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + digits);
    }
}
