package fr.vigie.bench.complaints;

import fr.vigie.complaints.domain.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Facts of complaints in French, as people write them: per category, a few ways of telling the
 * story, with places, services, durations and details drawn from pools, so that the words have the
 * spread of a real corpus (a few very common, many rare) and full-text searches hit from a handful
 * to tens of thousands of complaints.
 */
final class FrenchFacts {
    static final List<String> CITIES = List.of(
            "Paris",
            "Lyon",
            "Marseille",
            "Toulouse",
            "Nice",
            "Nantes",
            "Strasbourg",
            "Montpellier",
            "Bordeaux",
            "Lille",
            "Rennes",
            "Reims",
            "Toulon",
            "Grenoble",
            "Dijon",
            "Angers",
            "Nîmes",
            "Villeurbanne",
            "Clermont-Ferrand",
            "Limoges",
            "Tours",
            "Amiens",
            "Metz",
            "Besançon",
            "Perpignan",
            "Orléans",
            "Rouen",
            "Mulhouse",
            "Caen",
            "Nancy",
            "Argenteuil",
            "Montreuil",
            "Roubaix",
            "Tourcoing",
            "Avignon",
            "Poitiers",
            "Versailles",
            "Pau",
            "Calais",
            "Cannes",
            "Antibes",
            "Ajaccio",
            "Bastia",
            "Brest",
            "Quimper",
            "Lorient",
            "Vannes",
            "Saint-Malo",
            "La Rochelle",
            "Niort",
            "Angoulême",
            "Bayonne",
            "Biarritz",
            "Tarbes",
            "Albi",
            "Rodez",
            "Cahors",
            "Agen",
            "Périgueux",
            "Brive",
            "Aurillac",
            "Le Puy-en-Velay",
            "Valence",
            "Chambéry",
            "Annecy",
            "Gap",
            "Digne",
            "Carcassonne",
            "Béziers",
            "Sète",
            "Arles",
            "Colmar",
            "Épinal",
            "Troyes",
            "Chartres",
            "Évreux",
            "Beauvais",
            "Laon",
            "Arras",
            "Dunkerque",
            "Boulogne-sur-Mer",
            "Cherbourg",
            "Saint-Brieuc",
            "Laval",
            "Le Mans",
            "Blois",
            "Bourges",
            "Nevers",
            "Auxerre",
            "Mâcon",
            "Bourg-en-Bresse",
            "Saint-Étienne",
            "Roanne",
            "Vichy",
            "Moulins",
            "Guéret",
            "Tulle",
            "Mende",
            "Millau",
            "Cayenne",
            "Fort-de-France",
            "Pointe-à-Pitre",
            "Saint-Denis de La Réunion",
            "Mamoudzou",
            "Nouméa",
            "Papeete");
    private static final List<String> DURATIONS = List.of(
            "depuis trois semaines",
            "depuis plusieurs mois",
            "depuis janvier",
            "depuis plus d'un an",
            "depuis la rentrée",
            "à plusieurs reprises cette année",
            "chaque semaine",
            "tous les jours",
            "depuis mon déménagement",
            "depuis la fin de mon contrat");
    private static final List<String> FOLLOW_UPS = List.of(
            "Je n'ai reçu aucune réponse malgré deux relances.",
            "Le service client m'a répondu que c'était impossible.",
            "On m'a demandé une copie de ma carte d'identité, ce qui me paraît excessif.",
            "Ma réclamation écrite est restée sans suite.",
            "J'ai envoyé un courrier recommandé avec accusé de réception.",
            "Le délégué à la protection des données n'est pas joignable.",
            "Aucune adresse de contact n'est indiquée dans la politique de confidentialité.",
            "La réponse reçue était incomplète et ne mentionnait pas la durée de conservation.",
            "Je souhaite que la CNIL intervienne pour faire cesser ce traitement.",
            "Plusieurs collègues sont dans la même situation.",
            "Mes voisins ont reçu les mêmes messages.",
            "Je joins les captures d'écran et les courriels échangés.");
    private static final Map<Category, List<String>> OPENINGS = new EnumMap<>(Category.class);
    private static final Map<Category, List<String>> DETAILS = new EnumMap<>(Category.class);

    static {
        OPENINGS.put(
                Category.MARKETING,
                List.of(
                        "Je reçois des SMS publicitaires de %s %s alors que je n'ai jamais donné mon consentement.",
                        "%s m'envoie des courriels de prospection commerciale %s malgré mes demandes de désinscription.",
                        "Je suis démarché par téléphone par %s %s, y compris le dimanche.",
                        "Mon adresse électronique a été cédée par %s à des partenaires commerciaux %s."));
        DETAILS.put(
                Category.MARKETING,
                List.of(
                        "Le lien de désabonnement ne fonctionne pas.",
                        "Mon numéro est pourtant inscrit sur Bloctel.",
                        "Les appels proviennent de numéros masqués.",
                        "La newsletter continue d'arriver après ma désinscription.",
                        "Les offres concernent des assurances et des crédits.",
                        "Le formulaire d'inscription comportait une case précochée."));
        OPENINGS.put(
                Category.ACCESS_RIGHT,
                List.of(
                        "J'ai demandé à %s l'accès à mes données personnelles %s sans obtenir de réponse.",
                        "%s refuse de me communiquer une copie de mon dossier client, demandée %s.",
                        "Ma demande de droit d'accès adressée à %s %s est restée sans réponse au-delà d'un mois.",
                        "%s ne m'a transmis qu'une partie des données me concernant, demandées %s."));
        DETAILS.put(
                Category.ACCESS_RIGHT,
                List.of(
                        "Je voulais connaître l'origine de mes données.",
                        "Les enregistrements des appels ne m'ont pas été communiqués.",
                        "Je souhaite savoir à quels destinataires mes données ont été transmises.",
                        "Le délai légal d'un mois est largement dépassé.",
                        "On m'a opposé le secret des affaires sans explication."));
        OPENINGS.put(
                Category.ERASURE_RIGHT,
                List.of(
                        "J'ai demandé à %s la suppression de mon compte %s, mais mes données sont toujours visibles.",
                        "%s refuse d'effacer mes données alors que je ne suis plus client %s.",
                        "Un article publié par %s mentionne mon nom et mon adresse %s ; je demande son déréférencement.",
                        "Mes photos restent en ligne sur le site de %s %s malgré ma demande d'effacement."));
        DETAILS.put(
                Category.ERASURE_RIGHT,
                List.of(
                        "Le moteur de recherche affiche toujours la page.",
                        "On m'a répondu que la suppression prendrait plusieurs années.",
                        "Mes anciennes coordonnées bancaires sont encore conservées.",
                        "Mon ancien employeur a été informé de cette publication."));
        OPENINGS.put(
                Category.VIDEO_SURVEILLANCE,
                List.of(
                        "%s a installé des caméras de vidéosurveillance qui filment la voie publique %s.",
                        "Mon employeur %s filme en permanence les postes de travail %s.",
                        "Le syndic de copropriété, mandaté par %s, a installé une caméra dans le hall %s sans information.",
                        "Une caméra de %s filme mon jardin et mes fenêtres %s."));
        DETAILS.put(
                Category.VIDEO_SURVEILLANCE,
                List.of(
                        "Aucun panneau d'information n'est affiché.",
                        "Les images sont conservées plus d'un mois.",
                        "Le son est également enregistré.",
                        "Les images sont consultables depuis un téléphone personnel.",
                        "La caméra est orientée vers l'entrée de l'école voisine."));
        OPENINGS.put(
                Category.EMPLOYMENT,
                List.of(
                        "Mon employeur %s géolocalise en permanence mon véhicule de service %s.",
                        "%s a consulté ma messagerie personnelle sur mon ordinateur professionnel %s.",
                        "%s conserve les données de mon dossier de candidature %s alors que je n'ai pas été retenu.",
                        "Le logiciel de pointage biométrique imposé par %s enregistre nos empreintes digitales %s."));
        DETAILS.put(
                Category.EMPLOYMENT,
                List.of(
                        "Les représentants du personnel n'ont pas été consultés.",
                        "Des informations sur mon arrêt maladie ont circulé dans le service.",
                        "Un logiciel de surveillance enregistre les frappes au clavier.",
                        "Mon évaluation annuelle mentionne mes trajets personnels."));
        OPENINGS.put(
                Category.BANKING_AND_CREDIT,
                List.of(
                        "%s m'a inscrit au fichier des incidents de remboursement %s sans m'en informer.",
                        "Ma banque %s a communiqué mes relevés de compte à un tiers %s.",
                        "%s refuse de rectifier une erreur sur mon dossier de crédit %s.",
                        "Un organisme de recouvrement mandaté par %s m'appelle sur mon lieu de travail %s."));
        DETAILS.put(
                Category.BANKING_AND_CREDIT,
                List.of(
                        "Ma demande de prêt immobilier a été refusée de ce fait.",
                        "Le conseiller a consulté mes comptes sans raison.",
                        "Les relances mentionnent ma dette devant mes collègues.",
                        "Le scoring appliqué n'a jamais été expliqué."));
        OPENINGS.put(
                Category.HEALTH_DATA,
                List.of(
                        "Mon dossier médical a été consulté par un agent de %s %s sans justification.",
                        "%s a transmis mes résultats d'analyses médicales à mon employeur %s.",
                        "La plateforme de prise de rendez-vous de %s affiche mes antécédents médicaux %s.",
                        "Mes données de santé collectées par %s ont été utilisées pour de la publicité ciblée %s."));
        DETAILS.put(
                Category.HEALTH_DATA,
                List.of(
                        "Il s'agit de données de santé mentale.",
                        "L'hébergeur n'est pas certifié pour les données de santé.",
                        "Des ordonnances ont été envoyées à une mauvaise adresse.",
                        "Ma mutuelle a eu connaissance de mon hospitalisation."));
        OPENINGS.put(
                Category.SECURITY_BREACH,
                List.of(
                        "%s a subi une fuite de données et mes informations personnelles circulent %s.",
                        "J'ai été informé par %s d'une violation de données touchant mon compte %s.",
                        "Mes identifiants de connexion chez %s ont été piratés %s.",
                        "Des documents confidentiels de %s sont accessibles sans mot de passe %s."));
        DETAILS.put(
                Category.SECURITY_BREACH,
                List.of(
                        "Mon IBAN figurait parmi les données dérobées.",
                        "Je reçois depuis des courriels d'hameçonnage très ciblés.",
                        "Le mot de passe était stocké en clair.",
                        "Aucune notification ne m'a été adressée par l'organisme.",
                        "La rançon demandée par les pirates a été évoquée dans la presse."));
        OPENINGS.put(
                Category.MINORS,
                List.of(
                        "L'application de %s collecte les données de mon enfant de onze ans %s sans autorisation parentale.",
                        "Le collège utilise un logiciel de %s qui publie les photos des élèves %s.",
                        "Un réseau social géré par %s laisse des mineurs partager leur localisation %s.",
                        "%s a diffusé une vidéo de ma fille mineure %s sans notre accord."));
        DETAILS.put(
                Category.MINORS,
                List.of(
                        "Les parents n'ont reçu aucune information.",
                        "Le compte a été créé sans vérification de l'âge.",
                        "Des inconnus ont pu contacter les enfants.",
                        "La vidéo a été vue des milliers de fois."));
        OPENINGS.put(
                Category.ARTIFICIAL_INTELLIGENCE,
                List.of(
                        "%s utilise un algorithme de reconnaissance faciale %s pour contrôler l'accès aux locaux.",
                        "Un outil d'intelligence artificielle de %s a rejeté ma candidature %s sans intervention humaine.",
                        "Un agent conversationnel de %s a été entraîné avec mes messages privés %s.",
                        "%s a généré un portrait truqué à partir de mes photos %s."));
        DETAILS.put(
                Category.ARTIFICIAL_INTELLIGENCE,
                List.of(
                        "Je n'ai pas pu obtenir d'explication sur la décision.",
                        "Le modèle reproduit mes propos mot pour mot.",
                        "Aucune analyse d'impact n'a été réalisée.",
                        "Les données biométriques sont conservées sans limite."));
        OPENINGS.put(
                Category.OTHER,
                List.of(
                        "%s exige des informations que j'estime excessives pour un simple abonnement %s.",
                        "Le site de %s dépose des cookies sans mon consentement %s.",
                        "%s a publié mes coordonnées dans un annuaire en ligne %s."));
        DETAILS.put(
                Category.OTHER,
                List.of(
                        "Le bandeau cookies ne permet pas de refuser.",
                        "Mes coordonnées apparaissent aussi sur des sites étrangers.",
                        "Je ne comprends pas la finalité de cette collecte."));
    }

    private FrenchFacts() {}

    /** The facts of one complaint about {@code organisation}, mainly of category {@code main}. */
    static String of(Category main, String organisation, SplittableRandom random) {
        StringBuilder text = new StringBuilder(400);
        String opening = pick(OPENINGS.get(main), random);
        text.append(String.format(opening, organisation, pick(DURATIONS, random)));
        text.append(" Les faits se sont produits à ")
                .append(pick(CITIES, random))
                .append('.');
        text.append(' ').append(pick(DETAILS.get(main), random));
        if (random.nextInt(3) > 0) {
            text.append(' ').append(pick(FOLLOW_UPS, random));
        }
        if (random.nextInt(4) == 0) {
            text.append(" Référence de mon dossier : ")
                    .append(Integer.toString(100_000 + random.nextInt(900_000), 36))
                    .append('.');
        }
        return text.toString();
    }

    static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
