package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo complaints (demo profile only, {@code vigie.demo.enabled}): about twenty plausible
 * complaints at every stage, so that the work list, the file, the campaign page and the Art. 78(2)
 * counters show something on a fresh installation. Each story is played through the module's own
 * use cases ({@link ComplaintReception}, {@link ComplaintActs}, {@link ComplaintLinks}) with its acts
 * dated in the past ({@link Stamps#backdated}), so timelines, letters (PDF documents), audit
 * entries and legal clocks are those the application would have written; the clocks start on the
 * past days and so are running, at risk, breached or met as of today.
 *
 * <p>The acts are attributed to the demo handler {@value #HANDLER} (the reopening to the demo
 * administrator); the audit trail records that the system wrote them (system task "demo
 * complaints"). One story per transaction: a story that fails leaves the others.
 */
@ApplicationScoped
public class DemoComplaints {
    static final String HANDLER = "handler";
    static final String SUPERVISOR = "admin";
    private static final String WEEKLY = "Répartition hebdomadaire du portefeuille";

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintReception reception;

    @Inject
    ComplaintActs acts;

    @Inject
    ComplaintLinks links;

    @Inject
    CrossBorderActs crossBorderActs;

    @Inject
    Stamps stamps;

    @Inject
    Clock clock;

    /** An organisation complained about (SIRENs with a valid checksum, fictitious names). */
    private record Org(String name, String country, String identifier) {}

    private static final Org TELECOM = new Org("Azur Télécom SA", "FR", "412837650");
    private static final Org CLINIC = new Org("Clinique du Parc Saint-Martin", "FR", "520193848");
    private static final Org BANK = new Org("Banque Mistral", "FR", "603472192");
    private static final Org SCHOOL_APP = new Org("EduNote SAS", "FR", "382910479");
    private static final Org RETAILER = new Org("Maison Vauban Distribution", "FR", "793102567");
    private static final Org EMPLOYER = new Org("Logistique Horizon SARL", "FR", "448207316");
    private static final Org INSURER = new Org("Mutuelle des Trois Rivières", "FR", "551029382");
    private static final Org SOCIAL = new Org("Friendly Social Network Ltd", "IE", null);
    private static final Org SCORING = new Org("Crédit Express Scoring", "FR", "837461029");
    /** The organisation of the cross-border demo complaint (the crossborder module's demo data take its case further). */
    private static final Org CROSS_BORDER_SOCIAL = new Org("Réseau social Trèfle", "IE", null);

    private static final Org CITY = new Org("Commune de Saint-Aubin-des-Landes", "FR", "315680496");

    /** True when the module holds no complaint: the demo complaints are only added to an empty module. */
    @Transactional
    public boolean needed() {
        return complaints.isEmpty();
    }

    /** The number of stories ({@link #play}'s indexes). */
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

    private static final List<Consumer<Script>> STORIES = List.of(
            // Just received: the acknowledgement clock runs.
            s -> s.receive(
                    1,
                    Channel.WEB_FORM,
                    "Lucie Garnier",
                    TELECOM,
                    1,
                    EnumSet.of(Category.MARKETING),
                    "Je reçois chaque semaine des SMS publicitaires d'Azur Télécom alors que je me suis opposée à la"
                            + " prospection commerciale lors de la résiliation de mon abonnement."),
            // Received nine days ago and not acknowledged: the acknowledgement clock is breached.
            s -> s.receive(
                    9,
                    Channel.MAIL,
                    "Bernard Lefèvre",
                    CITY,
                    1,
                    EnumSet.of(Category.VIDEO_SURVEILLANCE),
                    "La commune a installé une caméra qui filme l'intérieur de mon jardin et la fenêtre de ma"
                            + " chambre. Aucun panneau n'informe les habitants."),
            // Acknowledged, waiting for qualification.
            s -> s.receive(
                            18,
                            Channel.WEB_FORM,
                            "Sarah Benali",
                            RETAILER,
                            1,
                            EnumSet.of(Category.ACCESS_RIGHT),
                            "J'ai demandé le 2 du mois dernier la copie des données de mon compte client et de mes achats ;"
                                    + " le magasin ne m'a jamais répondu malgré deux relances.")
                    .acknowledge(16),
            // Acknowledged long ago, never informed since: the Art. 78(2) clock is at risk.
            s -> s.receive(
                            80,
                            Channel.WEB_FORM,
                            "Marc Roussel",
                            INSURER,
                            1,
                            EnumSet.of(Category.HEALTH_DATA),
                            "Ma mutuelle a transmis à mon employeur le détail de mes remboursements de soins, dont des"
                                    + " consultations en psychiatrie.")
                    .acknowledge(77)
                    .qualify(60, true, false, null, "Données de santé, recevable"),
            // Qualified, cross-border: the lead authority is Ireland.
            s -> s.receive(
                            25,
                            Channel.WEB_FORM,
                            "Inès Haddad",
                            SOCIAL,
                            1,
                            EnumSet.of(Category.ERASURE_RIGHT, Category.MINORS),
                            "Le réseau social refuse d'effacer les photos publiées par ma fille de 14 ans, malgré ma"
                                    + " demande et celle de ma fille.")
                    .acknowledge(23)
                    .qualify(20, true, true, "IE", "Traitement transfrontalier, autorité chef de file irlandaise"),
            // Assigned to the demo handler, priority decided.
            s -> s.receive(
                            35,
                            Channel.STAFF_INTAKE,
                            "Thomas Perrin",
                            EMPLOYER,
                            3,
                            EnumSet.of(Category.EMPLOYMENT, Category.VIDEO_SURVEILLANCE),
                            "Mon employeur a installé des caméras qui filment en permanence les postes de travail de"
                                    + " l'entrepôt et la salle de pause ; les images sont consultées depuis le siège.")
                    .acknowledge(33)
                    .qualify(28, true, false, null, "Recevable")
                    .assign(26, WEEKLY)
                    .acceptPriority(26),
            // Assigned and never informed in more than three months: the Art. 78(2) clock is breached.
            s -> s.receive(
                            105,
                            Channel.MAIL,
                            "Yasmine Diallo",
                            SCORING,
                            1,
                            EnumSet.of(Category.BANKING_AND_CREDIT, Category.ARTIFICIAL_INTELLIGENCE),
                            "Mon crédit a été refusé par un score automatique sans explication ni possibilité de parler à"
                                    + " une personne. Je demande à connaître la logique de la décision.")
                    .acknowledge(101)
                    .qualify(90, true, false, null, "Décision automatisée, recevable")
                    .assign(88, WEEKLY)
                    .acceptPriority(88),
            // Under instruction, a request to the organisation awaiting its answer.
            s -> s.receive(
                            50,
                            Channel.WEB_FORM,
                            "Julie Moreau",
                            CLINIC,
                            2,
                            EnumSet.of(Category.HEALTH_DATA, Category.SECURITY_BREACH),
                            "Des comptes rendus d'examens de patients de la clinique sont accessibles en ligne sans mot de"
                                    + " passe : j'y ai trouvé le mien et celui de mon mari.")
                    .acknowledge(48)
                    .qualify(45, true, false, null, "Violation de données de santé")
                    .assign(44, WEEKLY)
                    .acceptPriority(44)
                    .request(
                            20,
                            "Merci de nous indiquer depuis quand ces comptes rendus étaient"
                                    + " accessibles, les mesures prises pour fermer l'accès et si la violation a été notifiée."),
            // Under instruction, the request unanswered after its month: the answer clock is breached.
            s -> s.receive(
                            70,
                            Channel.WEB_FORM,
                            "Nicolas Faure",
                            BANK,
                            1,
                            EnumSet.of(Category.ACCESS_RIGHT, Category.BANKING_AND_CREDIT),
                            "La banque refuse de me communiquer les enregistrements de mes appels au service client, qui"
                                    + " contiennent l'accord que l'on m'a promis pour mon prêt.")
                    .acknowledge(68)
                    .qualify(64, true, false, null, "Droit d'accès, recevable")
                    .assign(63, WEEKLY)
                    .acceptPriority(63)
                    .instruct(60)
                    .request(
                            40,
                            "Merci de nous transmettre votre procédure de réponse"
                                    + " aux demandes d'accès et les raisons du refus opposé au plaignant."),
            // Under instruction, request answered, complainant informed: a new Art. 78(2) period runs.
            s -> s.receive(
                            120,
                            Channel.WEB_FORM,
                            "Claire Mercier",
                            TELECOM,
                            1,
                            EnumSet.of(Category.MARKETING),
                            "Azur Télécom a transmis mes coordonnées à des partenaires qui m'appellent tous les jours pour"
                                    + " me vendre des panneaux solaires.")
                    .acknowledge(118)
                    .qualify(112, true, false, null, "Recevable")
                    .assign(110, WEEKLY)
                    .acceptPriority(110)
                    .request(
                            100,
                            "Merci de nous indiquer la base légale de la transmission des coordonnées de vos"
                                    + " clients à des partenaires commerciaux.")
                    .answer(80, "L'opérateur indique avoir cessé la transmission et supprimé les fichiers partagés.")
                    .inform(
                            40,
                            "Votre plainte est en cours d'instruction : l'opérateur a répondu à nos questions et"
                                    + " nous vérifions les mesures annoncées."),
            // Informed twice already.
            s -> s.receive(
                            200,
                            Channel.MAIL,
                            "Paul Girard",
                            CITY,
                            1,
                            EnumSet.of(Category.ACCESS_RIGHT),
                            "La mairie refuse de me communiquer les données me concernant dans le fichier des"
                                    + " bénéficiaires de l'aide sociale communale.")
                    .acknowledge(197)
                    .qualify(190, true, false, null, "Recevable")
                    .assign(188, WEEKLY)
                    .acceptPriority(188)
                    .instruct(185)
                    .inform(110, "Votre plainte est en cours d'instruction auprès de la commune.")
                    .inform(25, "La commune nous a indiqué préparer sa réponse ; nous reviendrons vers vous."),
            // Closed: inadmissible.
            s -> s.receive(
                            60,
                            Channel.WEB_FORM,
                            "Jean Dupont",
                            RETAILER,
                            1,
                            EnumSet.of(Category.OTHER),
                            "Le vendeur du magasin a été désagréable avec moi et a refusé de me rembourser un article"
                                    + " défectueux acheté la semaine dernière.")
                    .acknowledge(58)
                    .qualify(55, false, false, null, "Litige commercial hors du champ du RGPD")
                    .close(54, Outcome.INADMISSIBLE, "Litige de consommation : orienté vers le médiateur"),
            // Closed: transferred to the lead authority.
            s -> s.receive(
                            90,
                            Channel.WEB_FORM,
                            "Emma Leroy",
                            SOCIAL,
                            1,
                            EnumSet.of(Category.MARKETING),
                            "Le réseau social utilise mes conversations privées pour me montrer des publicités ciblées"
                                    + " sans que j'aie donné mon accord.")
                    .acknowledge(88)
                    .qualify(80, true, true, "IE", "Autorité chef de file : Irlande")
                    .close(78, Outcome.TRANSFERRED_TO_LEAD_AUTHORITY, "Transmise à l'autorité irlandaise via l'IMI"),
            // Closed on the merits, once each.
            s -> s.instructed(
                            150,
                            "Hugo Bonnet",
                            EMPLOYER,
                            EnumSet.of(Category.EMPLOYMENT),
                            "Mon ancien employeur conserve mon dossier disciplinaire complet huit ans après mon départ.")
                    .close(30, Outcome.NO_BREACH, "Conservation justifiée par un contentieux prud'homal en cours"),
            s -> s.instructed(
                            160,
                            "Manon Fournier",
                            BANK,
                            EnumSet.of(Category.ERASURE_RIGHT),
                            "La banque refuse de supprimer mon ancien numéro de téléphone de ses fichiers de prospection.")
                    .close(45, Outcome.RESOLVED_AFTER_INTERVENTION, "Numéro supprimé après notre intervention"),
            s -> s.instructed(
                            170,
                            "Rémi Lambert",
                            INSURER,
                            EnumSet.of(Category.HEALTH_DATA),
                            "Le questionnaire de santé de la mutuelle est envoyé par courriel non chiffré à un prestataire.")
                    .close(35, Outcome.REPRIMAND_REQUESTED, "Manquement à la sécurité : rappel à l'ordre proposé"),
            s -> s.instructed(
                            140,
                            "Océane Robin",
                            CLINIC,
                            EnumSet.of(Category.SECURITY_BREACH, Category.HEALTH_DATA),
                            "Les dossiers patients de la clinique sont consultables par tout le personnel administratif.")
                    .close(20, Outcome.REFERRED_TO_INSPECTION, "Contrôle sur place nécessaire"),
            s -> s.instructed(
                            180,
                            "Karim Mathieu",
                            SCORING,
                            EnumSet.of(Category.BANKING_AND_CREDIT),
                            "Le fichier de scoring est revendu à des agences de recouvrement sans information des personnes.")
                    .close(35, Outcome.REFERRED_TO_SANCTIONS, "Manquements graves et répétés"),
            // Closed, then reopened by the supervisor: a new Art. 78(2) period runs.
            s -> s.instructed(
                            130,
                            "Anne Chevalier",
                            SCHOOL_APP,
                            EnumSet.of(Category.MINORS),
                            "L'application de vie scolaire affiche le nom et la photo des élèves absents à tous les parents.")
                    .close(40, Outcome.RESOLVED_AFTER_INTERVENTION, "Affichage retiré par l'éditeur")
                    .reopen(6, "Le plaignant signale que l'affichage a repris dans la nouvelle version"),
            // A small campaign: four people, the same SMS campaign, linked into one group.
            s -> s.campaign(
                    12,
                    new String[] {"Zoé Martin", "Louis Petit", "Fatou Diallo", "Jules Garcia"},
                    TELECOM,
                    "Je reçois depuis le début du mois des SMS « Votre colis est en attente » envoyés au nom"
                            + " d'Azur Télécom, avec un lien vers un formulaire demandant mes coordonnées bancaires."),
            // Cross-border (issue 19): transmitted to the Irish authority, the lead; the crossborder module
            // opens the case where the authority is concerned and the complaint follows it.
            s -> s.transmittedToLead(
                    90,
                    "Inès Fontaine",
                    CROSS_BORDER_SOCIAL,
                    "IE",
                    "Le réseau social a conservé et rendu visibles mes publications après la fermeture de mon"
                            + " compte, malgré ma demande d'effacement restée sans réponse."));

    /** One story being played: references created, acts dated {@code n} days before today. */
    private final class Script {
        private final LocalDate today;
        private final List<String> created = new ArrayList<>();
        private String current;

        Script(LocalDate today) {
            this.today = today;
        }

        Script receive(
                int daysAgo,
                Channel channel,
                String complainant,
                Org org,
                int people,
                EnumSet<Category> categories,
                String facts) {
            LocalDate day = today.minusDays(daysAgo);
            String email = complainant
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace(' ', '.')
                            .replaceAll("[éèê]", "e")
                            .replaceAll("[ïî]", "i")
                            .replaceAll("[ô]", "o")
                            .replaceAll("[ç]", "c")
                    + "@example.fr";
            as(HANDLER, daysAgo, () -> {
                IntakeResult result = reception.receive(new IntakeForm(
                        channel,
                        day,
                        complainant,
                        email,
                        channel == Channel.MAIL ? "12 rue de la République, 35000 Rennes" : null,
                        org.name(),
                        org.country(),
                        org.identifier(),
                        facts,
                        categories,
                        people,
                        "demo-" + complainant.replace(' ', '-') + "-" + daysAgo));
                current = result.reference();
            });
            created.add(current);
            return this;
        }

        /** Received, acknowledged, qualified, assigned and instructed, starting {@code daysAgo} days ago. */
        Script instructed(int daysAgo, String complainant, Org org, EnumSet<Category> categories, String facts) {
            return receive(daysAgo, Channel.WEB_FORM, complainant, org, 1, categories, facts)
                    .acknowledge(daysAgo - 2)
                    .qualify(daysAgo - 6, true, false, null, "Recevable")
                    .assign(daysAgo - 8, WEEKLY)
                    .acceptPriority(daysAgo - 8)
                    .instruct(daysAgo - 10)
                    .inform(daysAgo - 60, "Votre plainte est en cours d'instruction auprès de l'organisme.");
        }

        /**
         * A cross-border complaint received {@code daysAgo} days ago, found complete, assessed and
         * transmitted to the presumed lead authority {@code lead} by the demo handler.
         */
        Script transmittedToLead(int daysAgo, String complainant, Org org, String lead, String facts) {
            LocalDate day = today.minusDays(daysAgo);
            as(
                    HANDLER,
                    daysAgo,
                    () -> current = reception
                            .receiveCrossBorder(new CrossBorderIntakeForm(
                                    Channel.WEB_FORM,
                                    day,
                                    complainant,
                                    "ines.fontaine@example.fr",
                                    null,
                                    null,
                                    null,
                                    org.name(),
                                    org.country(),
                                    org.identifier(),
                                    facts,
                                    false,
                                    lead,
                                    null,
                                    null,
                                    "demo-cross-border-" + daysAgo))
                            .reference());
            created.add(current);
            return act(daysAgo - 2, v -> crossBorderActs.findAdmissible(ref(current), v))
                    .act(
                            daysAgo - 5,
                            v -> crossBorderActs.assess(
                                    ref(current), v, true, lead, "Établissement principal dans l'Union : " + lead))
                    .act(daysAgo - 6, v -> crossBorderActs.transmit(ref(current), v, List.of()));
        }

        Script campaign(int daysAgo, String[] complainants, Org org, String facts) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < complainants.length; i++) {
                receive(
                                daysAgo - i,
                                Channel.WEB_FORM,
                                complainants[i],
                                org,
                                1,
                                EnumSet.of(Category.MARKETING, Category.SECURITY_BREACH),
                                facts)
                        .acknowledge(daysAgo - i - 1)
                        .qualify(daysAgo - 6, true, false, null, "Recevable");
                members.add(current);
            }
            for (int i = 1; i < members.size(); i++) {
                String other = members.get(i);
                as(
                        HANDLER,
                        daysAgo - 6,
                        () -> links.link(
                                ref(members.get(0)), ref(other), Reason.of("Même campagne de SMS frauduleux")));
            }
            return this;
        }

        Script acknowledge(int daysAgo) {
            return act(daysAgo, v -> acts.acknowledge(ref(current), v));
        }

        Script qualify(int daysAgo, boolean admissible, boolean crossBorder, String lead, String reason) {
            return act(
                    daysAgo,
                    v -> acts.qualify(
                            ref(current),
                            v,
                            new Qualification(admissible, true, crossBorder, lead),
                            Reason.of(reason)));
        }

        Script assign(int daysAgo, String reason) {
            return act(daysAgo, v -> acts.assign(ref(current), v, HANDLER, Reason.of(reason)));
        }

        Script acceptPriority(int daysAgo) {
            return act(
                    daysAgo,
                    v -> acts.decidePriority(
                            ref(current), v, complaint().proposedPriority().level(), null));
        }

        Script instruct(int daysAgo) {
            return act(daysAgo, v -> acts.startInstruction(ref(current), v));
        }

        private long lastRequest;

        Script request(int daysAgo, String questions) {
            return act(daysAgo, v -> lastRequest = acts.sendRequest(ref(current), v, questions));
        }

        Script answer(int daysAgo, String summary) {
            return act(
                    daysAgo, v -> acts.recordAnswer(ref(current), v, lastRequest, today.minusDays(daysAgo), summary));
        }

        Script inform(int daysAgo, String summary) {
            return act(daysAgo, v -> acts.informComplainant(ref(current), v, summary));
        }

        Script close(int daysAgo, Outcome outcome, String reason) {
            return act(daysAgo, v -> acts.close(ref(current), v, outcome, Reason.of(reason)));
        }

        Script reopen(int daysAgo, String reason) {
            as(SUPERVISOR, daysAgo, () -> acts.reopen(ref(current), complaint().version(), Reason.of(reason)));
            return this;
        }

        private Script act(int daysAgo, java.util.function.LongConsumer act) {
            as(HANDLER, daysAgo, () -> act.accept(complaint().version()));
            return this;
        }

        private static ComplaintReference ref(String reference) {
            return new ComplaintReference(reference);
        }

        private Complaint complaint() {
            return complaints.find(ref(current)).orElseThrow(() -> new NotFoundException("complaint", current));
        }

        /** Runs an act as done by {@code actor} on the day {@code daysAgo} days before today, in office hours. */
        private void as(String actor, int daysAgo, Runnable act) {
            LocalDate day = today.minusDays(daysAgo);
            Instant at = day.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
            if (at.isAfter(clock.instant())) {
                at = clock.instant();
            }
            stamps.backdated(new Stamp(actor, at, day), act);
        }
    }
}
