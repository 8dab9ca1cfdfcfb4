/**
 * Complaints over HTTP, under {@code /api/complaints}: intake for other channels (a public web
 * form, mail scanning), reading, the work list, and the handler's acts. Invalid input is a 400
 * listing the fields (Bean Validation) or a 422 naming the field a rule refused.
 */
package fr.vigie.complaints.rest;
