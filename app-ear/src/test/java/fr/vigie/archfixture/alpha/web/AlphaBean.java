package fr.vigie.archfixture.alpha.web;

/** A stand-in backing bean. */
public class AlphaBean {}
