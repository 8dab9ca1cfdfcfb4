/** {@code /api/dossiers} for instructors and managers, and {@code /api/public/register} open to everyone. */
package fr.vigie.dossiers.rest;
