/**
 * The committee's benchmark: "my dossiers to review" on the review data of 100,000 dossiers
 * ({@link fr.vigie.bench.committee.CommitteeMyReviewsBenchmark}), with a reusable data generator
 * ({@link fr.vigie.bench.committee.CommitteeDataGenerator}).
 */
package fr.vigie.bench.committee;
