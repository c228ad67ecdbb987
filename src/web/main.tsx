// The NL Design System component CSS (EUPL); its look comes from the Kring theme tokens.
import '@utrecht/component-library-css/dist/index.css';
import './theme/kring-theme.css';
import './theme/layout.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './app/queryClient.ts';
import { AppRoutes } from './app/router.tsx';
import { initI18n } from './i18n/index.ts';

// Texts first, so the first paint is already in the user's language.
await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <AppRoutes />
    </QueryClientProvider>
  </StrictMode>,
);
