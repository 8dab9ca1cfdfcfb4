package fr.vigie.dossiers.application;

import fr.vigie.committee.api.CommitteeOpinionAdopted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Receives the committee's opinions (in the adopting transaction) and records them on the dossiers. */
@ApplicationScoped
public class CommitteeOpinionFollower {
    @Inject
    CommitteeOpinions opinions;

    void onAdopted(@Observes CommitteeOpinionAdopted adopted) {
        opinions.record(adopted);
    }
}
