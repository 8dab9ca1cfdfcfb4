/**
 * The use cases of inspections: role-checked EJB facades ({@link fr.vigie.inspections.application.InspectionHandling},
 * {@link fr.vigie.inspections.application.InspectionQueries}, {@link fr.vigie.inspections.application.ReferenceData},
 * {@link fr.vigie.inspections.application.Programme}, {@link fr.vigie.inspections.application.Interests}) over
 * application-scoped use cases that audit every change and keep the observations clock, the documents and the
 * events to other modules in step. Ports to the database ({@link fr.vigie.inspections.application.InspectionLists},
 * {@link fr.vigie.inspections.application.ReferenceStore}) are implemented in {@code persistence}.
 */
package fr.vigie.inspections.application;
