import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { MijnAanmeldenPagina } from './MijnAanmeldenPagina.tsx';
import { MijnCodePagina } from './MijnCodePagina.tsx';
import { MijnMantelzorgPagina } from './MijnMantelzorgPagina.tsx';

/**
 * `/mijn-kring/mantelzorg/*`, "Ik zorg voor iemand" (issue 9): who I care for, the
 * information package, the waardering and what I am asked to confirm; and the form. And
 * `code`: the waardering with the code from a letter, without an account.
 */
export function MantelzorgPaginas() {
  return (
    <Routes>
      <Route index element={<MijnMantelzorgPagina />} />
      <Route path="aanmelden" element={<MijnAanmeldenPagina />} />
      <Route path="code" element={<MijnCodePagina />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
