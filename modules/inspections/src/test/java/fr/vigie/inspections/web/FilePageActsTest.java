package fr.vigie.inspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.inspections.domain.InspectionAct;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionStatus;
import fr.vigie.inspections.rest.InspectionResource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The inspection's file page asks the domain: each act button is shown by {@code may('X')}, X an
 * {@link InspectionAct} (a misspelt name would hide its button for ever), and every act the API
 * offers on an inspection has its button (or is listed below as API-only, with the reason). The
 * other inspection pages (new, breach, programme, interests, reference data, risk, list) have no
 * act on an inspection: opening one is not an act on it, and they ask no {@code may}.
 */
class FilePageActsTest {
    private static final String PAGE = "/META-INF/resources/inspections/file.xhtml";
    private static final java.nio.file.Path PAGES =
            java.nio.file.Path.of("src/main/resources/META-INF/resources/inspections");
    private static final java.nio.file.Path BEANS = java.nio.file.Path.of("src/main/java/fr/vigie/inspections/web");
    private static final Pattern MAY = Pattern.compile("may\\('([^']*)'\\)");
    private static final Pattern GUARD = Pattern.compile("#\\{inspectionFile\\.may\\('([A-Z_]+)'\\)}");
    private static final Pattern GUARD_FIRST =
            Pattern.compile("#\\{inspectionFile\\.may\\('([A-Z_]+)'\\)( and [^}]*)?}");

    /** The act of each {@code POST /api/inspections/{reference}/…} endpoint, by the path after the reference. */
    private static final Map<String, InspectionAct> ENDPOINTS = Map.ofEntries(
            Map.entry("prepare", InspectionAct.PREPARE),
            Map.entry("sign-mission-order", InspectionAct.SIGN_MISSION_ORDER),
            Map.entry("conduct", InspectionAct.CONDUCT),
            Map.entry("minutes", InspectionAct.WRITE_MINUTES),
            Map.entry("findings", InspectionAct.ADD_FINDING),
            Map.entry("findings/{finding}/remove", InspectionAct.REMOVE_FINDING),
            Map.entry("evidence", InspectionAct.ATTACH_EVIDENCE),
            Map.entry("notify-minutes", InspectionAct.NOTIFY_MINUTES),
            Map.entry("addenda", InspectionAct.ADD_ADDENDUM),
            Map.entry("observations", InspectionAct.RECORD_OBSERVATIONS),
            Map.entry("period-elapsed", InspectionAct.RECORD_PERIOD_ELAPSED),
            Map.entry("close", InspectionAct.CLOSE));

    /** Acts the API offers with no button on the file page, each with its reason: none today. */
    private static final Set<InspectionAct> API_ONLY = EnumSet.noneOf(InspectionAct.class);

    /** Buttons that do no act: "reload" re-reads the inspection after a concurrent change. */
    private static final Set<String> NOT_ACTS = Set.of("reload");

    private static final List<Element> ELEMENTS = new ArrayList<>();

    @BeforeAll
    static void readThePage() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = FilePageActsTest.class.getResourceAsStream(PAGE)) {
            assertNotNull(in, PAGE + " on the class path");
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                ELEMENTS.add((Element) all.item(i));
            }
        }
    }

    @Test
    void everyActAnInspectionPageAsksAboutIsAnInspectionAct() throws IOException {
        List<String> unknown = new ArrayList<>();
        int asked = 0;
        for (java.nio.file.Path page : files(PAGES, ".xhtml")) {
            Matcher may = MAY.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (may.find()) {
                asked++;
                String act = may.group(1);
                if (Stream.of(InspectionAct.values()).noneMatch(a -> a.name().equals(act))) {
                    unknown.add(page.getFileName() + ": " + may.group());
                }
            }
        }
        assertTrue(asked > 0, "the pages' may('X') were not found under " + PAGES.toAbsolutePath());
        assertEquals(List.of(), unknown, "may('X') naming no InspectionAct");
    }

    @Test
    void everyButtonOfTheActionBarIsShownByOneActAlone() {
        Element actions = ELEMENTS.stream()
                .filter(e -> "actions".equals(e.getAttribute("id")))
                .findFirst()
                .orElseThrow();
        NodeList buttons = actions.getElementsByTagNameNS("primefaces", "commandButton");
        assertTrue(buttons.getLength() > 0);
        List<String> unguarded = new ArrayList<>();
        for (int i = 0; i < buttons.getLength(); i++) {
            Element button = (Element) buttons.item(i);
            if (!GUARD.matcher(button.getAttribute("rendered")).matches()) {
                unguarded.add(button.getAttribute("id") + " rendered=\"" + button.getAttribute("rendered") + '"');
            }
        }
        assertEquals(List.of(), unguarded, "buttons not shown by #{inspectionFile.may('X')} alone");
    }

    /**
     * Outside the action bar too (a finding's "remove" button), a button doing an act is shown first
     * by the act; a dialog's "save" does the act of the guarded button that opened it.
     */
    @Test
    void everyActButtonOfThePageIsShownByItsAct() {
        List<String> unguarded = new ArrayList<>();
        for (Element button : ELEMENTS) {
            if ("commandButton".equals(button.getLocalName())
                    && !NOT_ACTS.contains(button.getAttribute("id"))
                    && !inADialog(button)
                    && !GUARD_FIRST.matcher(button.getAttribute("rendered")).matches()) {
                unguarded.add(button.getAttribute("id") + " rendered=\"" + button.getAttribute("rendered") + '"');
            }
        }
        assertEquals(List.of(), unguarded, "act buttons not shown by #{inspectionFile.may('X') ...}");
    }

    @Test
    void everyActOfTheApiHasItsButtonOrIsListedAsApiOnly() {
        Set<InspectionAct> offered = EnumSet.noneOf(InspectionAct.class);
        for (String endpoint : inspectionEndpoints()) {
            InspectionAct act = ENDPOINTS.get(endpoint);
            assertNotNull(act, "POST …/" + endpoint + ": which InspectionAct is it? (add it to ENDPOINTS)");
            offered.add(act);
        }
        assertEquals(EnumSet.copyOf(ENDPOINTS.values()), offered, "ENDPOINTS lists no endpoint that is gone");

        Set<InspectionAct> buttons = guardedButtons();
        List<InspectionAct> missing = new ArrayList<>();
        for (InspectionAct act : offered) {
            if (API_ONLY.contains(act)) {
                assertFalse(buttons.contains(act), act + " has a button now: take it off API_ONLY");
            } else if (!buttons.contains(act)) {
                missing.add(act);
            }
        }
        assertEquals(List.of(), missing, "acts with an endpoint but no button shown by may('X')");
    }

    /** No backing bean re-encodes the lifecycle: no inspection state is spelled in a bean. */
    @Test
    void noBeanSpellsAnInspectionState() throws IOException {
        List<java.nio.file.Path> beans = files(BEANS, "Bean.java");
        assertFalse(beans.isEmpty(), "no beans under " + BEANS.toAbsolutePath());
        List<String> found = new ArrayList<>();
        for (java.nio.file.Path bean : beans) {
            String code = Files.readString(bean, StandardCharsets.UTF_8);
            for (InspectionStatus status : InspectionStatus.values()) {
                if (code.contains('"' + status.name() + '"')) {
                    found.add(bean.getFileName() + ": \"" + status.name() + '"');
                }
            }
        }
        assertEquals(List.of(), found, "state names in the web beans: ask the aggregate's acts instead");
    }

    private static boolean inADialog(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
            if ("primefaces".equals(parent.getNamespaceURI())
                    && ("dialog".equals(parent.getLocalName()) || "confirmDialog".equals(parent.getLocalName()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<InspectionAct> guardedButtons() {
        Set<InspectionAct> guarded = EnumSet.noneOf(InspectionAct.class);
        for (Element element : ELEMENTS) {
            if ("commandButton".equals(element.getLocalName())) {
                Matcher guard = GUARD_FIRST.matcher(element.getAttribute("rendered"));
                if (guard.matches()) {
                    // A name that is no act is reported by everyActAnInspectionPageAsksAboutIsAnInspectionAct.
                    Stream.of(InspectionAct.values())
                            .filter(act -> act.name().equals(guard.group(1)))
                            .forEach(guarded::add);
                }
            }
        }
        return guarded;
    }

    /** The path after the reference of each POST endpoint on one inspection, parameters as {name}. */
    private static List<String> inspectionEndpoints() {
        String reference = "{reference: " + InspectionReference.PATTERN + "}/";
        List<String> endpoints = new ArrayList<>();
        for (Method method : InspectionResource.class.getDeclaredMethods()) {
            Path path = method.getAnnotation(Path.class);
            if (method.isAnnotationPresent(POST.class)
                    && path != null
                    && path.value().startsWith(reference)) {
                endpoints.add(path.value().substring(reference.length()).replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
            }
        }
        assertFalse(endpoints.isEmpty(), "InspectionResource has acts");
        return endpoints;
    }

    private static List<java.nio.file.Path> files(java.nio.file.Path root, String suffix) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " (tests run from the module)");
        try (Stream<java.nio.file.Path> all = Files.list(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
