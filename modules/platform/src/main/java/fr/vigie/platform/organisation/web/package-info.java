/** The directory's pages: search, an organisation's record, the SIRENE import (administrators). */
package fr.vigie.platform.organisation.web;
