package fr.vigie.dossiers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.dossiers.domain.DossierAct;
import fr.vigie.dossiers.rest.DossierResource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The file page asks the dossier which acts to offer, by the names of {@link DossierAct}: a name
 * that is not an act would hide its button for ever, and an act the API offers with no button on
 * the page would be missing from the screen without anyone noticing.
 */
class FilePageActsTest {
    private static final String PAGE = "/META-INF/resources/dossiers/file.xhtml";
    private static final Pattern MAY = Pattern.compile("may\\('([^']*)'\\)");

    /** The acts of {@code POST /api/dossiers/{reference}/...}, by the path after the reference. */
    private static final Map<String, DossierAct> ENDPOINTS = Map.ofEntries(
            Map.entry("draft", DossierAct.SAVE_DRAFT),
            Map.entry("submit", DossierAct.SUBMIT),
            Map.entry("incomplete", DossierAct.DECLARE_INCOMPLETE),
            Map.entry("complete", DossierAct.DECLARE_COMPLETE),
            Map.entry("fee", DossierAct.ESTIMATE_FEE),
            Map.entry("fee/accept", DossierAct.ACCEPT_FEE),
            Map.entry("withdraw", DossierAct.WITHDRAW),
            Map.entry("decision/extend", DossierAct.EXTEND_DECISION),
            Map.entry("grant", DossierAct.GRANT),
            Map.entry("refuse", DossierAct.REFUSE),
            Map.entry("publish", DossierAct.PUBLISH_DECISION),
            Map.entry("delivered", DossierAct.RECORD_DELIVERY),
            Map.entry("available", DossierAct.RECORD_AVAILABILITY),
            Map.entry("permit/amend", DossierAct.AMEND_PERMIT),
            Map.entry("permit/extend", DossierAct.EXTEND_PERMIT),
            Map.entry("permit/expire", DossierAct.EXPIRE_PERMIT),
            Map.entry("deletion", DossierAct.CONFIRM_DELETION));

    /**
     * Acts the API offers that the file page deliberately does not: submitting is the application
     * form's own button ({@code form.xhtml}, reached from the file's "edit" button, SAVE_DRAFT),
     * where every missing answer is shown on its field.
     */
    private static final Set<DossierAct> NOT_ON_THE_FILE_PAGE = EnumSet.of(DossierAct.SUBMIT);

    private static Document page;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = FilePageActsTest.class.getResourceAsStream(PAGE)) {
            assertNotNull(in, PAGE + " is on the class path");
            page = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyActThePageAsksAboutIsADossierAct() {
        List<String> asked = mayNames(page.getDocumentElement());
        assertFalse(asked.isEmpty(), "the page asks may('...') for its buttons");
        Set<String> acts = Arrays.stream(DossierAct.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> unknown = asked.stream().filter(a -> !acts.contains(a)).toList();
        assertEquals(List.of(), unknown, "may('...') names that are not DossierAct constants");
    }

    @Test
    void everyButtonOfTheActionBarIsGuardedByOneAct() {
        Element actions = byId("actions");
        List<String> unguarded = new ArrayList<>();
        for (String tag : List.of("commandButton", "button")) {
            NodeList buttons = actions.getElementsByTagNameNS("primefaces", tag);
            for (int i = 0; i < buttons.getLength(); i++) {
                Element b = (Element) buttons.item(i);
                if (!MAY.matcher(b.getAttribute("rendered")).find()) {
                    unguarded.add(b.getAttribute("id"));
                }
            }
        }
        assertEquals(List.of(), unguarded, "buttons of the action bar shown without asking the dossier");
    }

    @Test
    void theEndpointsListedHereAreTheApisActs() {
        Set<String> posted = new TreeSet<>();
        for (Method m : DossierResource.class.getMethods()) {
            Path path = m.getAnnotation(Path.class);
            // creating a dossier is not an act on one: it has no reference and no path of its own
            if (m.isAnnotationPresent(POST.class) && path != null) {
                posted.add(path.value().substring(path.value().indexOf("}/") + 2));
            }
        }
        assertEquals(new TreeSet<>(ENDPOINTS.keySet()), posted, "a new endpoint names its act here");
    }

    @Test
    void everyActOfTheApiHasAButtonOnTheFilePageOrIsSaidNotTo() {
        Set<String> onThePage = new TreeSet<>(mayNames(page.getDocumentElement()));
        List<DossierAct> missing = ENDPOINTS.values().stream()
                .filter(act -> !NOT_ON_THE_FILE_PAGE.contains(act))
                .filter(act -> !onThePage.contains(act.name()))
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "acts of the API without a button on the file page");
        for (DossierAct act : NOT_ON_THE_FILE_PAGE) {
            assertTrue(ENDPOINTS.containsValue(act), act + " is listed as API-only but has no endpoint");
            assertFalse(onThePage.contains(act.name()), act + " is listed as API-only but the page offers it");
        }
    }

    /** Every name in a {@code may('...')} of any attribute of {@code root} or below. */
    private static List<String> mayNames(Element root) {
        List<String> names = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = -1; i < all.getLength(); i++) {
            Element e = i < 0 ? root : (Element) all.item(i);
            NamedNodeMap attributes = e.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Matcher m = MAY.matcher(attributes.item(j).getNodeValue());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static Element byId(String id) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id + " on " + PAGE);
    }
}
