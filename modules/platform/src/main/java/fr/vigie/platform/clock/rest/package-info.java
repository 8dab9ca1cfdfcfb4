/**
 * The legal clocks over HTTP ({@code /api/clocks}): the deadline calculator, a case's clocks and
 * the acts on them, the policy catalogue, the holiday calendar and the status job. Same rules as
 * the screens; refusals are problem documents naming the parameter or field at fault.
 */
package fr.vigie.platform.clock.rest;
