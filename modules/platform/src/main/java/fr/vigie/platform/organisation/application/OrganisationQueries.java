package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.organisation.domain.Organisation;
import fr.vigie.platform.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading the directory: the published {@link OrganisationDirectory} and the detail of one record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationQueries implements OrganisationDirectory {
    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationSearch search;

    @Override
    public Optional<OrganisationSummary> find(long id) {
        return organisations.find(id).map(OrganisationQueries::summary);
    }

    @Override
    public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<Long, OrganisationSummary> found = new LinkedHashMap<>();
        for (OrganisationSummary o : search.byIds(wanted)) {
            found.put(o.id(), o);
        }
        return found;
    }

    @Override
    public Optional<OrganisationSummary> findBySiren(Siren siren) {
        return organisations.findBySiren(siren.value()).map(OrganisationQueries::summary);
    }

    @Override
    public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
        return search.search(query, offset, limit);
    }

    @Override
    public Optional<Money> undertakingTurnover(long organisationId, int financialYear) {
        return organisations
                .find(organisationId)
                .flatMap(o -> o.undertaking().turnoverOf(financialYear))
                .map(t -> t.amount());
    }

    /** The organisation's page; {@code organisation} not found otherwise. */
    public OrganisationView view(long id) {
        Organisation o = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        return new OrganisationView(
                summary(o),
                o.source().name(),
                o.parent().map(Organisation::label).orElse(null),
                o.contact().name(),
                o.contact().email(),
                o.turnovers().stream()
                        .map(t -> new OrganisationView.TurnoverView(
                                t.financialYear(),
                                t.amount().amount(),
                                t.amount().currency(),
                                t.recordedAt(),
                                t.recordedBy()))
                        .toList(),
                o.updatedAt(),
                o.updatedBy());
    }

    static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(
                o.id(),
                o.identity().siren(),
                o.identity().headOfficeSiret(),
                o.displayName().orElse(null),
                o.partlyPublic(),
                o.identity().legalForm(),
                o.identity().naf(),
                o.identity().country(),
                o.active(),
                o.parent().map(Organisation::id).orElse(null),
                o.version());
    }
}
