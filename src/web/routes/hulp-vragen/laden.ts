/**
 * The lazy parts of "Hulp vragen": start, questions, check, account and confirmation, so a
 * first visit of any of them stays within the 150 kB budget (scripts/bundle-size.mjs). The
 * start page fetches the questions ahead and the last question the check page, so moving on
 * does not wait for the network; a deep link or reload loads only the part it shows.
 */
export const laadStart = () => import('./StartPagina.tsx');
export const laadVragen = () => import('./StapPagina.tsx');
export const laadControleren = () => import('./ControlerenPagina.tsx');
export const laadAccount = () => import('./AccountStap.tsx');
export const laadVerstuurd = () => import('./VerstuurdPagina.tsx');
