package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.profile.OrganisationProfileContribution;
import fr.vigie.platform.api.organisation.profile.ProfileEvent;
import fr.vigie.platform.api.organisation.profile.ProfileFigure;
import fr.vigie.platform.api.organisation.profile.ProfileSection;
import fr.vigie.platform.api.organisation.profile.ProfileSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrganisationProfilesTest {
    private static final OrganisationSummary ACME =
            new OrganisationSummary(7, "552100554", null, "Acme", false, null, null, "FR", true, null, 0);

    /** A contribution that records whether it was asked. */
    private static final class Fake implements OrganisationProfileContribution {
        final String key;
        final int order;
        final Set<Role> readers;
        final List<ProfileEvent> events;
        final List<ProfileSubject> asked = new ArrayList<>();

        Fake(String key, int order, Set<Role> readers, LocalDate... dates) {
            this.key = key;
            this.order = order;
            this.readers = readers;
            this.events = java.util.Arrays.stream(dates)
                    .map(d -> new ProfileEvent(d, key, key + " " + d, key + "-1", null))
                    .toList();
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Set<Role> readers() {
            return readers;
        }

        @Override
        public ProfileSection section(ProfileSubject subject, Locale locale) {
            asked.add(subject);
            return new ProfileSection(key, key, List.of(ProfileFigure.count("total", "Total", 1)), List.of(), events);
        }
    }

    @Test
    void sectionsComeInTheirOrderAndOnlyThoseTheReaderMayRead() {
        Fake sanctions = new Fake("sanctions", 30, Set.of(Role.PRESIDENT, Role.MANAGER));
        Fake complaints = new Fake("complaints", 10, Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER));
        Fake committee = new Fake("committee", 50, Set.of(Role.DAC_MEMBER));

        OrganisationProfile manager = OrganisationProfiles.assemble(
                ACME, List.of(sanctions, complaints, committee), Set.of(Role.MANAGER), Locale.FRENCH);
        assertEquals(List.of("complaints", "sanctions"), keys(manager));
        assertTrue(committee.asked.isEmpty(), "a section the reader may not read is not even computed");
        assertEquals(List.of(new ProfileSubject(7, "552100554")), complaints.asked);

        OrganisationProfile member = OrganisationProfiles.assemble(
                ACME, List.of(sanctions, complaints, committee), Set.of(Role.DAC_MEMBER), Locale.FRENCH);
        assertEquals(List.of("committee"), keys(member));

        OrganisationProfile nobody =
                OrganisationProfiles.assemble(ACME, List.of(sanctions, complaints), Set.of(), Locale.FRENCH);
        assertTrue(nobody.sections().isEmpty());
        assertTrue(nobody.timeline().isEmpty());
    }

    @Test
    void equalOrdersFallBackOnTheKey() {
        Fake b = new Fake("b", 10, Set.of(Role.AUDITOR));
        Fake a = new Fake("a", 10, Set.of(Role.AUDITOR));
        assertEquals(
                List.of("a", "b"),
                keys(OrganisationProfiles.assemble(ACME, List.of(b, a), Set.of(Role.AUDITOR), Locale.FRENCH)));
    }

    @Test
    void theTimelineMergesTheReadableSectionsMostRecentFirst() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        Fake complaints = new Fake("complaints", 10, Set.of(Role.MANAGER), d, d.plusDays(10), d.minusDays(5));
        Fake inspections = new Fake("inspections", 20, Set.of(Role.MANAGER), d.plusDays(3), d);
        Fake hidden = new Fake("committee", 5, Set.of(Role.DAC_MEMBER), d.plusDays(100));

        List<ProfileEvent> timeline = OrganisationProfiles.assemble(
                        ACME, List.of(inspections, hidden, complaints), Set.of(Role.MANAGER), Locale.FRENCH)
                .timeline();
        assertEquals(
                List.of(
                        "complaints " + d.plusDays(10),
                        "inspections " + d.plusDays(3),
                        "complaints " + d,
                        "inspections " + d,
                        "complaints " + d.minusDays(5)),
                timeline.stream().map(ProfileEvent::label).toList());
    }

    @Test
    void theTimelineKeepsTheMostRecentEntriesOnly() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        LocalDate[] dates = IntStream.range(0, OrganisationProfiles.TIMELINE_MAX + 30)
                .mapToObj(d::plusDays)
                .toArray(LocalDate[]::new);
        List<ProfileEvent> timeline = OrganisationProfiles.assemble(
                        ACME,
                        List.of(new Fake("x", 1, Set.of(Role.AUDITOR), dates)),
                        Set.of(Role.AUDITOR),
                        Locale.FRENCH)
                .timeline();
        assertEquals(OrganisationProfiles.TIMELINE_MAX, timeline.size());
        assertEquals(dates[dates.length - 1], timeline.get(0).date());
    }

    private static List<String> keys(OrganisationProfile profile) {
        return profile.sections().stream().map(ProfileSection::key).toList();
    }
}
