package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionRepository;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo inspections (demo profile only, {@code vigie.demo.enabled}): this year's programme with a
 * target per theme and about twenty inspections at every stage, one from a notified data breach (the
 * demo complaint referred to inspection opens another through the complaints event). Each story is
 * played through the module's own use cases ({@link InspectionActs}) with its acts dated in the past
 * ({@link Stamps#backdated}) and attributed to the demo head ({@value #HEAD}), inspector ({@value
 * #INSPECTOR}) and president ({@value #PRESIDENT}); the audit trail records that the system wrote them.
 */
@ApplicationScoped
public class DemoInspections {
    static final String HEAD = "head";
    static final String INSPECTOR = "inspector";
    static final String PRESIDENT = "president";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @Inject
    InspectionActs acts;

    @Inject
    InspectionRepository inspections;

    @Inject
    ReferenceStore store;

    @Inject
    Stamps stamps;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "inspections")
    EntityManager em;

    /** An organisation to inspect (SIRENs with a valid checksum, fictitious names). */
    private record Org(String name, String siren, boolean sensitive, boolean minors) {}

    private static final Org GAMES = new Org("Pixel Junior Studio", "732829320", false, true);
    private static final Org HOSPITAL = new Org("Centre hospitalier des Quatre Vents", "552100554", true, false);
    private static final Org AI_LAB = new Org("Synapse Analytics SAS", "412837650", false, false);
    private static final Org CLOUD = new Org("Nuage Souverain SA", "603472192", true, false);
    private static final Org SCHOOL = new Org("EduNote SAS", "382910479", false, true);
    private static final Org RETAIL = new Org("Maison Vauban Distribution", "793102567", false, false);
    private static final Org TELECOM = new Org("Azur Télécom SA", "520193848", false, false);
    private static final Org CITY = new Org("Commune de Saint-Aubin-des-Landes", "315680496", false, false);

    /**
     * True when the module holds no inspection but those the demo complaints referred: demo data go
     * only into an otherwise empty module (a restart adds nothing).
     */
    @Transactional
    public boolean needed() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM inspections.inspection WHERE origin <> 'COMPLAINT'")
                                .getSingleResult())
                        .longValue()
                == 0;
    }

    public int stories() {
        return STORIES.size();
    }

    /** Plays one story in its own transaction; returns the references it created. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> play(int story) {
        Script script = new Script(LocalDate.now(clock));
        STORIES.get(story).accept(script);
        return script.created;
    }

    /** This year's targets, in their own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void targets() {
        int year = LocalDate.now(clock).getYear();
        int[] targets = {4, 6, 5, 4, 3};
        String[] themes = {"ARTIFICIAL_INTELLIGENCE", "MINORS", "CYBERSECURITY", "EVERYDAY_DIGITAL", "HEALTH_DATA"};
        for (int t = 0; t < themes.length; t++) {
            store.add(new fr.vigie.inspections.domain.ProgrammeTarget(year, themes[t], targets[t]));
        }
        store.flush();
    }

    private static final List<Consumer<Script>> STORIES = List.of(
            // Planned in the programme, not prepared yet.
            s -> s.plan(
                    40,
                    "ARTIFICIAL_INTELLIGENCE",
                    4,
                    "ONLINE",
                    AI_LAB,
                    "Entraînement d'un modèle sur des données de clients"),
            s -> s.plan(
                    38,
                    "MINORS",
                    4,
                    "ONLINE",
                    SCHOOL,
                    "Information des élèves et des parents sur l'application de notes"),
            s -> s.plan(36, "EVERYDAY_DIGITAL", 4, "DOCUMENTS", RETAIL, "Traceurs publicitaires du site marchand"),
            s -> s.plan(35, "CYBERSECURITY", 1, "ON_SITE", CITY, "Sécurité du système d'information de la mairie"),
            s -> s.plan(34, "HEALTH_DATA", 4, "HEARING", CLOUD, "Hébergement de données de santé"),
            // Prepared, mission orders waiting for the president.
            s -> s.plan(30, "MINORS", 4, "ON_SITE", GAMES, "Vérification de l'âge des joueurs")
                    .prepare(10, 12),
            s -> s.plan(29, "CYBERSECURITY", 4, "ON_SITE", HOSPITAL, "Journalisation des accès au dossier patient")
                    .prepare(8, 20),
            s -> s.plan(28, "ARTIFICIAL_INTELLIGENCE", 4, "DOCUMENTS", TELECOM, "Analyse automatisée des appels")
                    .prepare(6, 30),
            // Prepared and signed: to be conducted.
            s -> s.plan(27, "EVERYDAY_DIGITAL", 4, "ON_SITE", TELECOM, "Prospection par SMS")
                    .prepare(12, 14)
                    .sign(5),
            // Conducted, minutes being written.
            s -> s.plan(60, "MINORS", 3, "ON_SITE", SCHOOL, "Contrôle des comptes élèves")
                    .prepare(50, 10)
                    .sign(45)
                    .conduct(4)
                    .minutes(3)
                    .finding(
                            3,
                            "RGPD art. 8",
                            "SIGNIFICANT",
                            "Consentement parental non recueilli pour les moins de 15 ans"),
            s -> s.plan(58, "CYBERSECURITY", 3, "ON_SITE", CLOUD, "Chiffrement des sauvegardes")
                    .prepare(48, 8)
                    .sign(44)
                    .conduct(2),
            s -> s.plan(55, "HEALTH_DATA", 3, "DOCUMENTS", HOSPITAL, "Accès des sous-traitants au dossier patient")
                    .prepare(46, 5)
                    .sign(42)
                    .conduct(3)
                    .minutes(2),
            // Minutes notified: the observations period runs (one about to end).
            s -> s.plan(
                            90,
                            "ARTIFICIAL_INTELLIGENCE",
                            3,
                            "ONLINE",
                            AI_LAB,
                            "Information des personnes sur le profilage")
                    .prepare(80, 10)
                    .sign(75)
                    .conduct(30)
                    .minutes(28)
                    .finding(28, "RGPD art. 13", "SIGNIFICANT", "Aucune information sur la logique du profilage")
                    .notifyMinutes(27),
            s -> s.plan(88, "EVERYDAY_DIGITAL", 3, "ONLINE", RETAIL, "Bandeau cookies")
                    .prepare(78, 10)
                    .sign(74)
                    .conduct(15)
                    .minutes(13)
                    .finding(13, "Loi 78-17 art. 82", "SERIOUS", "Traceurs déposés avant tout consentement")
                    .notifyMinutes(12),
            s -> s.plan(86, "MINORS", 3, "ON_SITE", GAMES, "Publicité ciblée auprès des mineurs")
                    .prepare(76, 10)
                    .sign(72)
                    .conduct(8)
                    .minutes(6)
                    .notifyMinutes(5),
            // Observations closed: the head closes (one received, one whose period elapsed).
            s -> s.plan(150, "CYBERSECURITY", 2, "ON_SITE", TELECOM, "Gestion des mots de passe")
                    .prepare(140, 10)
                    .sign(135)
                    .conduct(100)
                    .minutes(98)
                    .finding(98, "RGPD art. 32", "SERIOUS", "Mots de passe des clients stockés en clair")
                    .notifyMinutes(97)
                    .observations(85),
            s -> s.plan(160, "HEALTH_DATA", 2, "DOCUMENTS", CLOUD, "Certification d'hébergeur de données de santé")
                    .prepare(150, 10)
                    .sign(145)
                    .conduct(120)
                    .minutes(118)
                    .finding(118, "RGPD art. 28", "MINOR", "Contrat de sous-traitance incomplet")
                    .notifyMinutes(117)
                    .periodElapsed(0),
            // Closed with each outcome.
            s -> s.plan(200, "EVERYDAY_DIGITAL", 1, "ONLINE", CITY, "Formulaires en ligne de la mairie")
                    .prepare(190, 10)
                    .sign(185)
                    .conduct(170)
                    .minutes(168)
                    .notifyMinutes(167)
                    .observations(160)
                    .close(150, "NO_ACTION", "Aucun manquement constaté"),
            s -> s.plan(210, "MINORS", 1, "ON_SITE", SCHOOL, "Vidéoprotection dans les établissements")
                    .prepare(200, 10)
                    .sign(195)
                    .conduct(180)
                    .minutes(178)
                    .finding(178, "RGPD art. 13", "MINOR", "Panneaux d'information incomplets")
                    .notifyMinutes(177)
                    .observations(165)
                    .close(155, "RECOMMENDATIONS", "Mise à jour de l'affichage recommandée"),
            s -> s.plan(220, "ARTIFICIAL_INTELLIGENCE", 1, "ON_SITE", AI_LAB, "Reconnaissance faciale à l'accueil")
                    .prepare(210, 10)
                    .sign(205)
                    .conduct(190)
                    .minutes(188)
                    .finding(188, "RGPD art. 9", "SERIOUS", "Traitement biométrique sans base légale")
                    .notifyMinutes(187)
                    .observations(175)
                    .close(160, "FORMAL_NOTICE_PROPOSED", "Traitement biométrique à faire cesser"),
            // A notified data breach opens an inspection.
            s -> s.breach(
                    20,
                    HOSPITAL,
                    "Rançongiciel : dossiers de 12 000 patients chiffrés et exfiltrés",
                    12_000,
                    "Données de santé, identité, numéro de sécurité sociale"));

    /** One story: a series of acts, each on a day counted back from today. */
    private final class Script {
        private final LocalDate today;
        private final List<String> created = new ArrayList<>();
        private InspectionReference reference;

        Script(LocalDate today) {
            this.today = today;
        }

        private void as(String actor, int daysAgo, Runnable act) {
            LocalDate day = today.minusDays(daysAgo);
            Instant at =
                    day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant().plusSeconds(created.size());
            stamps.backdated(new Stamp(actor, at, day), act);
        }

        private long version() {
            return inspections.find(reference).orElseThrow().version();
        }

        Script plan(int daysAgo, String theme, int quarter, String type, Org org, String subject) {
            as(
                    HEAD,
                    daysAgo,
                    () -> reference = acts.open(new NewInspectionForm(
                            "PROGRAMME",
                            null,
                            type,
                            theme,
                            today.getYear(),
                            quarter,
                            org.name(),
                            org.siren(),
                            "FR",
                            org.sensitive(),
                            org.minors(),
                            subject,
                            null,
                            null,
                            null,
                            null)));
            created.add(reference.value());
            return this;
        }

        Script breach(int daysAgo, Org org, String subject, int people, String categories) {
            LocalDate day = today.minusDays(daysAgo);
            as(
                    HEAD,
                    daysAgo,
                    () -> reference = acts.open(new NewInspectionForm(
                            "BREACH_NOTIFICATION",
                            null,
                            "DOCUMENTS",
                            "CYBERSECURITY",
                            today.getYear(),
                            (today.getMonthValue() - 1) / 3 + 1,
                            org.name(),
                            org.siren(),
                            "FR",
                            true,
                            false,
                            subject,
                            day.minusDays(3),
                            day.minusDays(1),
                            people,
                            categories)));
            created.add(reference.value());
            return this;
        }

        Script prepare(int daysAgo, int visitInDays) {
            as(
                    HEAD,
                    daysAgo,
                    () -> acts.prepare(
                            reference,
                            version(),
                            INSPECTOR,
                            Set.of("paul.inspecteur"),
                            "Siège de l'organisme",
                            today.minusDays(daysAgo).plusDays(visitInDays)));
            return this;
        }

        Script sign(int daysAgo) {
            as(PRESIDENT, daysAgo, () -> acts.signMissionOrder(reference, version()));
            return this;
        }

        Script conduct(int daysAgo) {
            as(INSPECTOR, daysAgo, () -> acts.conduct(reference, version(), today.minusDays(daysAgo)));
            return this;
        }

        Script minutes(int daysAgo) {
            as(
                    INSPECTOR,
                    daysAgo,
                    () -> acts.writeMinutes(
                            reference,
                            version(),
                            "Le délégué à la protection des données, le" + " directeur des systèmes d'information",
                            "Entretiens, démonstration des traitements et examen du registre"
                                    + " des activités de traitement, des contrats et des journaux."));
            return this;
        }

        Script finding(int daysAgo, String article, String severity, String description) {
            as(
                    INSPECTOR,
                    daysAgo,
                    () -> acts.addFinding(reference, version(), article, severity, description, List.of(), null));
            return this;
        }

        Script notifyMinutes(int daysAgo) {
            as(INSPECTOR, daysAgo, () -> acts.notifyMinutes(reference, version()));
            return this;
        }

        Script observations(int daysAgo) {
            as(
                    INSPECTOR,
                    daysAgo,
                    () -> acts.recordObservations(
                            reference,
                            version(),
                            today.minusDays(daysAgo),
                            "observations-organisme.pdf",
                            new ByteArrayInputStream(PDF)));
            return this;
        }

        Script periodElapsed(int daysAgo) {
            as(HEAD, daysAgo, () -> acts.recordPeriodElapsed(reference, version()));
            return this;
        }

        Script close(int daysAgo, String outcome, String reason) {
            as(HEAD, daysAgo, () -> acts.close(reference, version(), outcome, Reason.of(reason)));
            return this;
        }
    }
}
