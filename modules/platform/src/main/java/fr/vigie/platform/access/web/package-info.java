/** The auditor's read-access log page (under /audit, which only auditors may open). */
package fr.vigie.platform.access.web;
