package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The home page's lists say what they hold by their names; each reads the list of notices and
 * cases with the filter, order and length written here (as the home widget used to spell them).
 */
class HomeListsTest {
    private final List<String> asked = new ArrayList<>();

    private SanctionQueries queries() {
        SanctionQueries q = new SanctionQueries();
        q.lists = new CaseLists() {
            @Override
            public CasePage page(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
                asked.add(filter + " " + sort + (ascending ? " asc" : " desc") + " " + offset + "+" + limit);
                return new CasePage(List.of(), 0);
            }

            @Override
            public List<PublishedDecision> published(int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long publishedCount() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ActivityRow> activity() {
                throw new UnsupportedOperationException();
            }
        };
        q.user = new CurrentUser() {
            @Override
            public String username() {
                return "rapporteur1";
            }

            @Override
            public String displayName() {
                return "Rapporteur 1";
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.RAPPORTEUR);
            }

            @Override
            public boolean hasRole(Role role) {
                return role == Role.RAPPORTEUR;
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }
        };
        return q;
    }

    @Test
    void eachListReadsItsFilterInItsOrder() {
        SanctionQueries q = queries();
        q.noticesToSign(8);
        q.casesToRefer(8);
        q.myCases(8);
        q.hearingsToCome(8);
        q.deliberations(8);
        q.simplifiedCases(8);
        assertEquals(
                List.of(
                        new CaseFilter("NOTICE", "DRAFT", null, null, null, true) + " openedOn asc 0+8",
                        new CaseFilter("CASE", "AWAITING_REFERRAL", null, null, null, true) + " openedOn asc 0+8",
                        new CaseFilter("CASE", null, null, "rapporteur1", null, true) + " nextDueOn asc 0+8",
                        new CaseFilter("CASE", "HEARING_SCHEDULED", null, null, null, true) + " hearingOn asc 0+8",
                        new CaseFilter("CASE", "DELIBERATING", null, null, null, true) + " openedOn asc 0+8",
                        new CaseFilter("CASE", null, "SIMPLIFIED", null, null, true) + " nextDueOn asc 0+8"),
                asked);
    }
}
