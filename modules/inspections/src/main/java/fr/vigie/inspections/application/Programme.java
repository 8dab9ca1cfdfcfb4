package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.ProgrammeTarget;
import fr.vigie.inspections.domain.Theme;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The yearly programme: targets per theme (set by the head) and the board of its progress. */
@Stateless
@RolesAllowed({Roles.HEAD_OF_INSPECTIONS, Roles.INSPECTOR, Roles.PRESIDENT, Roles.MANAGER})
public class Programme {
    @Inject
    ReferenceStore store;

    @Inject
    InspectionLists lists;

    @Inject
    AuditTrail audit;

    public List<ProgrammeTarget> targets(int year) {
        return store.targets(year);
    }

    public List<BoardCell> board(int year) {
        return lists.board(year);
    }

    /**
     * The "programme progress" report of a year: per theme, target, planned, not started, under way
     * and done. Inactive themes appear only when inspections were planned under them.
     */
    public List<ProgressRow> progress(int year) {
        List<BoardCell> cells = lists.board(year);
        List<ProgrammeTarget> targets = store.targets(year);
        List<ProgressRow> rows = new ArrayList<>();
        for (Theme theme : store.themes()) {
            long[] sums = new long[3];
            cells.stream().filter(c -> c.theme().equals(theme.code())).forEach(c -> {
                sums[0] += c.planned();
                sums[1] += c.started();
                sums[2] += c.done();
            });
            Integer target = targets.stream()
                    .filter(t -> t.theme().equals(theme.code()))
                    .map(ProgrammeTarget::target)
                    .findFirst()
                    .orElse(null);
            if (theme.active() || sums[0] + sums[1] + sums[2] > 0) {
                rows.add(new ProgressRow(
                        theme.code(), theme.labelFr(), theme.labelEn(), target, sums[0], sums[1], sums[2]));
            }
        }
        return rows;
    }

    /** Sets the target of a theme for a year; {@code expectedVersion} is null for a theme without target yet. */
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public void setTarget(int year, String theme, int target, Long expectedVersion) {
        if (store.theme(theme).filter(t -> t.active()).isEmpty()) {
            throw InspectionException.onField("theme", "inspection.theme.unknown", theme);
        }
        Optional<ProgrammeTarget> existing = store.target(year, theme);
        Integer before = existing.map(ProgrammeTarget::target).orElse(null);
        if (existing.isPresent()) {
            if (expectedVersion != null && existing.get().version() != expectedVersion) {
                throw new ConflictException(year + " " + theme);
            }
            existing.get().retarget(target);
        } else {
            store.add(new ProgrammeTarget(year, theme, target));
        }
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_PROGRAMME_TARGET_SET")
                .changed("target " + year + " " + theme, before, target)
                .build());
    }
}
