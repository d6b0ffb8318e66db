package dev.trustcenter.render;

/**
 * The whole input of one page's template, besides the layout's: a record whose components are the template's
 * variables, by name. One record per template, as Zola gives each template one typed context; TemplateContractTest
 * fails when a template reads a variable its record lacks, or when a record carries one its template never reads.
 */
public interface PageModel {}
