/**
 * Data categories: each case-team member sees only the categories their role needs.
 * Here, without zod, so the web app can list them without bundling zod (≈25 kB gzip) into a
 * resident's page; the toegang module's model builds its schema from this list.
 */
export const CATEGORIEEN = ['contact', 'intake', 'gezondheid', 'financien', 'netwerk'] as const;
export type Categorie = (typeof CATEGORIEEN)[number];
