/**
 * Test doubles of the platform's published API, shared with the modules' unit tests through the
 * platform's test jar ({@code vigie-platform}, type {@code test-jar}); only this package is in it.
 */
package fr.vigie.platform.testing;
