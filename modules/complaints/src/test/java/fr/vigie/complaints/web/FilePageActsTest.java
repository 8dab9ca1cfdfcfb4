package fr.vigie.complaints.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.domain.ComplaintAct;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.rest.ComplaintResource;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The complaint's file page asks the domain: each act button is shown by {@code may('X')}, X a
 * {@link ComplaintAct}, and every act the API offers on a complaint has its button (or is listed
 * below as API-only, with the reason).
 */
class FilePageActsTest {
    private static final String PAGE = "/META-INF/resources/complaints/file.xhtml";
    private static final Pattern MAY = Pattern.compile("may\\('([^']*)'\\)");
    private static final Pattern GUARD = Pattern.compile("#\\{complaintFile\\.may\\('([A-Z_]+)'\\)}");

    /** The act of each {@code POST /api/complaints/{reference}/…} endpoint, by the path after the reference. */
    private static final Map<String, ComplaintAct> ENDPOINTS = Map.ofEntries(
            Map.entry("acknowledge", ComplaintAct.ACKNOWLEDGE),
            Map.entry("qualify", ComplaintAct.QUALIFY),
            Map.entry("assign", ComplaintAct.ASSIGN),
            Map.entry("requests", ComplaintAct.SEND_REQUEST),
            Map.entry("answers", ComplaintAct.RECORD_ANSWER),
            Map.entry("inform", ComplaintAct.INFORM_COMPLAINANT),
            Map.entry("priority", ComplaintAct.DECIDE_PRIORITY),
            Map.entry("close", ComplaintAct.CLOSE),
            Map.entry("reopen", ComplaintAct.REOPEN),
            Map.entry("links", ComplaintAct.LINK),
            Map.entry("links/suggest", ComplaintAct.SUGGEST_LINKS));

    /**
     * Decisions on a suggested link: acts on the link, not on the complaint. Their buttons stand on
     * each suggested link of the page.
     */
    private static final Set<String> LINK_DECISIONS = Set.of("confirm", "reject");

    /**
     * The file page has no form for the organisation's answer to a request yet: answers are recorded
     * through the API only.
     */
    private static final Set<ComplaintAct> API_ONLY = EnumSet.of(ComplaintAct.RECORD_ANSWER);

    private static final List<Element> ELEMENTS = new ArrayList<>();

    @BeforeAll
    static void readThePage() throws Exception {
        try (InputStream in = FilePageActsTest.class.getResourceAsStream(PAGE)) {
            assertNotNull(in, PAGE + " on the class path");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                ELEMENTS.add((Element) all.item(i));
            }
        }
    }

    @Test
    void everyActThePageAsksAboutIsAComplaintAct() {
        Set<String> asked = new TreeSet<>();
        for (Element element : ELEMENTS) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Matcher may = MAY.matcher(attributes.item(i).getNodeValue());
                while (may.find()) {
                    asked.add(may.group(1));
                }
            }
        }
        assertFalse(asked.isEmpty(), "the page asks may('X')");
        for (String act : asked) {
            assertTrue(
                    Stream.of(ComplaintAct.values()).anyMatch(a -> a.name().equals(act)),
                    "may('" + act + "') names no ComplaintAct");
        }
    }

    @Test
    void everyActButtonIsShownByTheActsOfTheFile() {
        Element actions = ELEMENTS.stream()
                .filter(e -> "actions".equals(e.getAttribute("id")))
                .findFirst()
                .orElseThrow();
        NodeList buttons = actions.getElementsByTagNameNS("primefaces", "commandButton");
        assertTrue(buttons.getLength() > 0);
        for (int i = 0; i < buttons.getLength(); i++) {
            Element button = (Element) buttons.item(i);
            assertTrue(
                    GUARD.matcher(button.getAttribute("rendered")).matches(),
                    "button " + button.getAttribute("id") + " is shown by #{complaintFile.may('X')} alone, not by "
                            + button.getAttribute("rendered"));
        }
    }

    @Test
    void everyActOfTheApiHasItsButtonOrIsListedAsApiOnly() {
        Set<ComplaintAct> offered = EnumSet.noneOf(ComplaintAct.class);
        for (String endpoint : complaintEndpoints()) {
            if (LINK_DECISIONS.stream().anyMatch(endpoint::endsWith)) {
                continue;
            }
            ComplaintAct act = ENDPOINTS.get(endpoint);
            assertNotNull(act, "POST …/" + endpoint + ": which ComplaintAct is it? (add it to ENDPOINTS)");
            offered.add(act);
        }
        assertEquals(EnumSet.copyOf(ENDPOINTS.values()), offered, "ENDPOINTS lists no endpoint that is gone");

        Set<ComplaintAct> buttons = guardedButtons();
        for (ComplaintAct act : offered) {
            if (API_ONLY.contains(act)) {
                assertFalse(buttons.contains(act), act + " has a button now: take it off API_ONLY");
            } else {
                assertTrue(buttons.contains(act), act + " has an endpoint but no button shown by may('" + act + "')");
            }
        }
    }

    /** No backing bean re-encodes the lifecycle: no complaint state is spelled in a bean. */
    @Test
    void noBeanSpellsAComplaintState() throws IOException {
        java.nio.file.Path web = java.nio.file.Path.of("src/main/java/fr/vigie/complaints/web");
        assertTrue(Files.isDirectory(web), web.toAbsolutePath() + " (tests run from the module)");
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> beans = Files.list(web)) {
            for (java.nio.file.Path bean :
                    beans.filter(p -> p.toString().endsWith("Bean.java")).toList()) {
                String code = Files.readString(bean, StandardCharsets.UTF_8);
                for (ComplaintStatus status : ComplaintStatus.values()) {
                    if (code.contains('"' + status.name() + '"')) {
                        found.add(bean.getFileName() + ": \"" + status.name() + '"');
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static Set<ComplaintAct> guardedButtons() {
        Set<ComplaintAct> guarded = EnumSet.noneOf(ComplaintAct.class);
        for (Element element : ELEMENTS) {
            if ("commandButton".equals(element.getLocalName())) {
                Matcher guard = GUARD.matcher(element.getAttribute("rendered"));
                if (guard.matches()) {
                    // A name that is no act is reported by everyActThePageAsksAboutIsAComplaintAct.
                    Stream.of(ComplaintAct.values())
                            .filter(act -> act.name().equals(guard.group(1)))
                            .forEach(guarded::add);
                }
            }
        }
        return guarded;
    }

    /** The path after the reference of each POST endpoint on one complaint. */
    private static List<String> complaintEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (Method method : ComplaintResource.class.getDeclaredMethods()) {
            Path path = method.getAnnotation(Path.class);
            if (method.isAnnotationPresent(POST.class)
                    && path != null
                    && path.value().startsWith("{reference")) {
                endpoints.add(path.value().substring(path.value().indexOf("}}/") + 3));
            }
        }
        assertFalse(endpoints.isEmpty(), "ComplaintResource has acts");
        return endpoints;
    }
}
