/**
 * The way Mijn Kring loads its plan section (routes/mijn-kring/MijnKringPagina.tsx): through
 * this module, which imports nothing itself. Vite writes the list of every file a lazy chunk
 * needs (for preloading) into the chunk that imports it; for MijnPlan that is about ten hashed
 * file names, ≈0.3 kB gzip, and Mijn Kring's own chunk is at the residents' 150 kB budget. So
 * Mijn Kring imports only this loader (a list of one), and the loader imports the section.
 * The section comes after the page is shown, one small request later.
 */
export const laadMijnPlan = () => import('./MijnPlan.tsx');
