/** The auditor's screen: the audit trail, searched page by page in the database, and its chain check. */
package fr.vigie.platform.web.audit;
