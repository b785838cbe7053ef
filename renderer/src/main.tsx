import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { showLanguage, startupLanguage } from './language';

// The first paint waits for the window's language (a chunk of its own), so it is never English first.
void showLanguage(startupLanguage()).finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
