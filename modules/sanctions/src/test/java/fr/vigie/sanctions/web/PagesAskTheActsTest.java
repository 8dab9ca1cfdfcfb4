package fr.vigie.sanctions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.sanctions.domain.CaseAct;
import fr.vigie.sanctions.domain.CaseStatus;
import fr.vigie.sanctions.domain.NoticeAct;
import fr.vigie.sanctions.domain.NoticeStatus;
import fr.vigie.sanctions.domain.Procedure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The sanctions pages ask the aggregates what may be done: the case page shows one button per act
 * the case allows now ({@code caseFile.dialogActs()}), the deliberation page and the notice page
 * show theirs by {@code may('X')}. Every act a page names exists (a misspelt one would hide its
 * button or its field for ever), every act button is shown by the acts, every act of the API has
 * its button (or is listed as API-only, with the reason), and the backing beans spell no state.
 */
class PagesAskTheActsTest {
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/sanctions");
    private static final Path BEANS = Path.of("src/main/java/fr/vigie/sanctions/web");
    private static final Path RESOURCE = Path.of("src/main/java/fr/vigie/sanctions/rest/SanctionResource.java");
    private static final String CASE_PAGE = "case.xhtml";
    private static final String DELIBERATION_PAGE = "deliberation.xhtml";
    private static final String NOTICE_PAGE = "notice.xhtml";

    /** An act asked of the domain ({@code may('X')}) or compared with the dialog's act ({@code act eq 'X'}). */
    private static final Pattern NAMED_ACT =
            Pattern.compile("\\bmay\\('([^']*)'\\)|\\.act\\s+(?:eq|ne|==|!=)\\s+'([^']*)'");

    private static final Pattern LITERAL_LIST = Pattern.compile("#\\{\\[([^\\]]*)]}");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final String DIALOG_ACTS = "#{caseFile.dialogActs()}";

    /** The acts each page's names belong to. */
    private static final Map<String, Set<String>> ACTS = Map.of(
            CASE_PAGE, names(CaseAct.values()),
            DELIBERATION_PAGE, names(CaseAct.values()),
            NOTICE_PAGE, names(NoticeAct.values()));

    /** Buttons that do no act, each with its reason. */
    private static final Map<String, String> NOT_ACTS = Map.of(
            "reload", "re-reads the case or notice after a concurrent change",
            "propose", "asks the fine assistant for a range; nothing is recorded",
            "cancel", "closes the act dialog");

    /**
     * Buttons shown by the acts through a bean method: the case page's link to the deliberation page
     * is shown when the current user may do one of the acts done there.
     */
    private static final Set<String> SHOWN_BY_THE_ACTS = Set.of("#{caseFile.deliberationOpen()}");

    /** The act of each {@code POST /api/sanctions/cases/{reference}/{act}}, by its {@code act}. */
    private static final Map<String, CaseAct> CASE_ENDPOINTS = Map.ofEntries(
            Map.entry("refer", CaseAct.REFER),
            Map.entry("appoint-rapporteur", CaseAct.APPOINT_RAPPORTEUR),
            Map.entry("choose-simplified", CaseAct.CHOOSE_SIMPLIFIED),
            Map.entry("switch-to-ordinary", CaseAct.SWITCH_TO_ORDINARY),
            Map.entry("notify-report", CaseAct.NOTIFY_REPORT),
            Map.entry("extend-reply", CaseAct.EXTEND_REPLY),
            Map.entry("record-reply", CaseAct.RECORD_REPLY),
            Map.entry("answer", CaseAct.ANSWER),
            Map.entry("decline-answer", CaseAct.DECLINE_ANSWER),
            Map.entry("schedule-hearing", CaseAct.SCHEDULE_HEARING),
            Map.entry("hold-hearing", CaseAct.HOLD_HEARING),
            Map.entry("open-deliberation", CaseAct.OPEN_DELIBERATION),
            Map.entry("vote", CaseAct.VOTE),
            Map.entry("adopt-decision", CaseAct.ADOPT_DECISION),
            Map.entry("decide-alone", CaseAct.DECIDE_ALONE),
            Map.entry("notify-decision", CaseAct.NOTIFY_DECISION),
            Map.entry("record-appeal", CaseAct.RECORD_APPEAL),
            Map.entry("record-appeal-outcome", CaseAct.RECORD_APPEAL_OUTCOME),
            Map.entry("publish", CaseAct.PUBLISH),
            Map.entry("accrue-penalty", CaseAct.RECORD_PENALTY),
            Map.entry("share-draft", CaseAct.SHARE_ART60_DRAFT),
            Map.entry("record-objection", CaseAct.RECORD_OBJECTION),
            Map.entry("flag-art65", CaseAct.FLAG_ART65),
            Map.entry("add-to-file", CaseAct.ADD_TO_FILE));

    /** The act of each {@code POST /api/sanctions/notices/{reference}/{act}}, by its {@code act}. */
    private static final Map<String, NoticeAct> NOTICE_ENDPOINTS = Map.of(
            "sign", NoticeAct.SIGN,
            "extend", NoticeAct.EXTEND,
            "make-public", NoticeAct.MAKE_PUBLIC,
            "complied", NoticeAct.CLOSE_COMPLIED,
            "not-complied", NoticeAct.FIND_NOT_COMPLIED);

    /** Case acts the API offers with no button on the case or deliberation page, with the reason: none today. */
    private static final Set<CaseAct> CASE_API_ONLY = EnumSet.noneOf(CaseAct.class);

    /** Notice acts the API offers with no button on the notice page, with the reason: none today. */
    private static final Set<NoticeAct> NOTICE_API_ONLY = EnumSet.noneOf(NoticeAct.class);

    @Test
    void everyActAPageNamesExists() throws IOException {
        List<String> unknown = new ArrayList<>();
        int named = 0;
        for (Path page : files(PAGES, ".xhtml")) {
            String name = page.getFileName().toString();
            Set<String> acts = ACTS.getOrDefault(name, Set.of());
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher act = NAMED_ACT.matcher(text);
            while (act.find()) {
                named++;
                String what = act.group(1) != null ? act.group(1) : act.group(2);
                if (!acts.contains(what)) {
                    unknown.add(name + ": " + act.group());
                }
            }
            for (String listed : literalLists(text)) {
                named++;
                if (!acts.contains(listed)) {
                    unknown.add(name + ": '" + listed + "' in a list of acts");
                }
            }
        }
        assertTrue(named >= 10, "the pages' acts were not found under " + PAGES.toAbsolutePath());
        assertEquals(List.of(), unknown, "acts the pages name that do not exist");
    }

    @Test
    void everyActButtonIsShownByTheActs() throws Exception {
        List<String> unguarded = new ArrayList<>();
        for (String page : List.of(CASE_PAGE, DELIBERATION_PAGE, NOTICE_PAGE)) {
            for (Element button : buttons(page)) {
                String id = button.getAttribute("id");
                if (!NOT_ACTS.containsKey(id) && !inADialog(button) && !shownByTheActs(button)) {
                    unguarded.add(page + ": " + id + " rendered=\"" + button.getAttribute("rendered") + '"');
                }
            }
        }
        assertEquals(List.of(), unguarded, "buttons shown without asking the case or the notice");
    }

    /**
     * The case page offers each act the case allows except those of the deliberation page; its
     * dialog must know how to do each of them, and the deliberation page must show the others.
     */
    @Test
    void everyCaseActOfTheApiHasItsButtonOrIsListedAsApiOnly() throws Exception {
        Set<CaseAct> offered = EnumSet.noneOf(CaseAct.class);
        for (String endpoint : endpoints("caseAct")) {
            CaseAct act = CASE_ENDPOINTS.get(endpoint);
            assertNotNull(
                    act, "POST …/cases/{reference}/" + endpoint + ": which CaseAct is it? (add it to CASE_ENDPOINTS)");
            offered.add(act);
        }
        assertEquals(EnumSet.copyOf(CASE_ENDPOINTS.values()), offered, "CASE_ENDPOINTS lists no endpoint that is gone");
        assertTrue(
                buttons(CASE_PAGE).stream().anyMatch(b -> DIALOG_ACTS.equals(repeatedOver(b))),
                "the case page shows a button for each of " + DIALOG_ACTS);

        Set<String> performed =
                switchCases(BEANS.resolve("CaseFileBean.java"), "private void perform(", "case ([A-Z0-9_]+) ->");
        Set<String> onDeliberationPage = guardedActs(DELIBERATION_PAGE);
        List<String> missing = new ArrayList<>();
        for (CaseAct act : offered) {
            boolean shown = CaseFileBean.ON_DELIBERATION_PAGE.contains(act)
                    ? onDeliberationPage.contains(act.name())
                    : performed.contains(act.name());
            if (CASE_API_ONLY.contains(act)) {
                assertFalse(shown, act + " has a button now: take it off CASE_API_ONLY");
            } else if (!shown) {
                missing.add(act
                        + (CaseFileBean.ON_DELIBERATION_PAGE.contains(act)
                                ? " (no button shown by may('" + act + "') on " + DELIBERATION_PAGE + ")"
                                : " (CaseFileBean.perform does not do it)"));
            }
        }
        assertEquals(List.of(), missing, "case acts of the API without a button");
    }

    @Test
    void everyNoticeActOfTheApiHasItsButtonOrIsListedAsApiOnly() throws Exception {
        Set<NoticeAct> offered = EnumSet.noneOf(NoticeAct.class);
        for (String endpoint : endpoints("noticeAct")) {
            NoticeAct act = NOTICE_ENDPOINTS.get(endpoint);
            assertNotNull(
                    act,
                    "POST …/notices/{reference}/" + endpoint + ": which NoticeAct is it? (add it to NOTICE_ENDPOINTS)");
            offered.add(act);
        }
        assertEquals(
                EnumSet.copyOf(NOTICE_ENDPOINTS.values()), offered, "NOTICE_ENDPOINTS lists no endpoint that is gone");

        Set<String> buttons = guardedActs(NOTICE_PAGE);
        Set<String> performed =
                switchCases(BEANS.resolve("NoticeFileBean.java"), "public String perform(", "case \"([A-Z_]+)\" ->");
        assertEquals(buttons, performed, "the notice page's buttons are the acts NoticeFileBean.perform does");
        List<NoticeAct> missing = new ArrayList<>();
        for (NoticeAct act : offered) {
            if (NOTICE_API_ONLY.contains(act)) {
                assertFalse(buttons.contains(act.name()), act + " has a button now: take it off NOTICE_API_ONLY");
            } else if (!buttons.contains(act.name())) {
                missing.add(act);
            }
        }
        assertEquals(List.of(), missing, "notice acts of the API without a button shown by may");
    }

    /** No backing bean re-encodes the lifecycle: no state of a case or notice is spelled in a bean. */
    @Test
    void theBeansSpellNoStateName() throws IOException {
        Set<String> states = new TreeSet<>(names(CaseStatus.values()));
        states.addAll(names(NoticeStatus.values()));
        states.addAll(names(Procedure.values()));
        List<Path> beans = files(BEANS, "Bean.java");
        assertFalse(beans.isEmpty(), "no beans under " + BEANS.toAbsolutePath());
        List<String> found = new ArrayList<>();
        for (Path bean : beans) {
            String code = Files.readString(bean, StandardCharsets.UTF_8);
            for (String state : states) {
                if (code.contains('"' + state + '"')) {
                    found.add(bean.getFileName() + ": \"" + state + '"');
                }
            }
        }
        assertEquals(List.of(), found, "state names in the web beans: ask the aggregate or a named query instead");
    }

    /**
     * No page spells a state in EL either ({@code c.status() eq 'DELIBERATING'} once showed the fine
     * assistant): a part of a page shown in some states asks the acts ({@code may('X')}). A state
     * name may still appear as a bundle key suffix or a {@code data-status} value, never compared.
     */
    @Test
    void thePagesCompareNoStateInEl() throws IOException {
        Set<String> states = new TreeSet<>(names(CaseStatus.values()));
        states.addAll(names(NoticeStatus.values()));
        states.addAll(names(Procedure.values()));
        Pattern compared = Pattern.compile("(?:\\beq|\\bne|==|!=)\\s*'([A-Z_]+)'|'([A-Z_]+)'\\s*(?:eq|ne|==|!=)\\b");
        List<Path> pages = files(PAGES, ".xhtml");
        assertFalse(pages.isEmpty(), "no pages under " + PAGES.toAbsolutePath());
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = compared.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (states.contains(name)) {
                    found.add(page.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "states compared in the pages: ask the acts (may('X')) instead");
    }

    /** The fine assistant of the deliberation page is shown by the acts done there, as the decision form is. */
    @Test
    void theFineAssistantIsShownByTheActs() throws Exception {
        String page = Files.readString(PAGES.resolve(DELIBERATION_PAGE), StandardCharsets.UTF_8);
        Matcher form = Pattern.compile("<h:form id=\"assistantForm\" rendered=\"([^\"]*)\"")
                .matcher(page);
        assertTrue(form.find(), "assistantForm not found on " + DELIBERATION_PAGE);
        Matcher may = Pattern.compile("\\bmay\\('([^']*)'\\)").matcher(form.group(1));
        Set<String> acts = new TreeSet<>();
        while (may.find()) {
            acts.add(may.group(1));
        }
        assertEquals(Set.of("ADOPT_DECISION", "DECIDE_ALONE", "VOTE"), acts, form.group(1));
        assertFalse(form.group(1).contains("status"), form.group(1));
    }

    // ---------------------------------------------------------------- reading the pages and the code

    /** Shown by the acts: by {@code may(...)} on the button or around it, or repeated over the acts allowed. */
    private static boolean shownByTheActs(Element button) {
        if (SHOWN_BY_THE_ACTS.contains(button.getAttribute("rendered"))) {
            return true;
        }
        for (Node n = button; n instanceof Element e; n = e.getParentNode()) {
            if (e.getAttribute("rendered").contains("may(")) {
                return true;
            }
            if ("repeat".equals(e.getLocalName()) && DIALOG_ACTS.equals(e.getAttribute("value"))) {
                return true;
            }
        }
        return false;
    }

    /** The acts of the buttons shown by {@code may('X')}, or by {@code may(a)} repeated over a list of acts. */
    private static Set<String> guardedActs(String page) throws Exception {
        Set<String> acts = new TreeSet<>();
        Pattern literal = Pattern.compile("\\bmay\\('([^']*)'\\)");
        for (Element button : buttons(page)) {
            if (NOT_ACTS.containsKey(button.getAttribute("id"))) {
                continue;
            }
            for (Node n = button; n instanceof Element e; n = e.getParentNode()) {
                Matcher may = literal.matcher(e.getAttribute("rendered"));
                while (may.find()) {
                    acts.add(may.group(1));
                }
            }
            Element repeat = enclosingRepeat(button);
            if (repeat != null
                    && button.getAttribute("rendered")
                            .matches("#\\{\\w+\\.may\\(" + repeat.getAttribute("var") + "\\)}")) {
                acts.addAll(literalLists(repeat.getAttribute("value")));
            }
        }
        return acts;
    }

    private static List<String> literalLists(String text) {
        List<String> names = new ArrayList<>();
        Matcher list = LITERAL_LIST.matcher(text);
        while (list.find()) {
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                names.add(quoted.group(1));
            }
        }
        return names;
    }

    private static String repeatedOver(Element element) {
        Element repeat = enclosingRepeat(element);
        return repeat == null ? null : repeat.getAttribute("value");
    }

    private static Element enclosingRepeat(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if ("repeat".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static boolean inADialog(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if ("primefaces".equals(e.getNamespaceURI())
                    && ("dialog".equals(e.getLocalName()) || "confirmDialog".equals(e.getLocalName()))) {
                return true;
            }
        }
        return false;
    }

    /** The page's PrimeFaces buttons ({@code p:commandButton}, {@code p:button}). */
    private static List<Element> buttons(String page) throws Exception {
        String resource = "/META-INF/resources/sanctions/" + page;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Element> buttons = new ArrayList<>();
        try (InputStream in = PagesAskTheActsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the class path");
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("primefaces", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if ("commandButton".equals(e.getLocalName()) || "button".equals(e.getLocalName())) {
                    buttons.add(e);
                }
            }
        }
        assertFalse(buttons.isEmpty(), resource + " has buttons");
        return buttons;
    }

    /** The {@code act} values of the REST method's switch ({@code case "sign" -> ...}). */
    private static Set<String> endpoints(String method) throws IOException {
        Set<String> acts = switchCases(RESOURCE, "public Response " + method + "(", "case \"([a-z0-9-]+)\" ->");
        assertFalse(acts.isEmpty(), "SanctionResource." + method + " has acts");
        return acts;
    }

    /** The labels of the switch in the method that starts with {@code signature} (up to its closing brace). */
    private static Set<String> switchCases(Path source, String signature, String label) throws IOException {
        String code = Files.readString(source, StandardCharsets.UTF_8);
        int start = code.indexOf(signature);
        assertTrue(start >= 0, signature + " in " + source.getFileName());
        int end = code.indexOf("\n    }\n", start);
        Matcher each = Pattern.compile(label).matcher(code.substring(start, end));
        Set<String> labels = new TreeSet<>();
        while (each.find()) {
            labels.add(each.group(1));
        }
        return labels;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " (tests run from the module)");
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
