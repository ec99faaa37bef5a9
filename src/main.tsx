import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANGS } from './data/schema.ts';
import { loadMessages } from './i18n/messages.ts';
import { boldFacesReady } from './map/appFonts.ts';
import { isPresentRoom, useAppStore } from './state/store.ts';
import { startUrlSync } from './state/urlSync.ts';
import { App } from './ui/App.tsx';
import { whenFirstViewIdle } from './ui/afterFirstView.ts';
import { boot } from './ui/boot.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { startOfflineCacheAfterFirstView } from './ui/offlineCache.ts';
import { showWordsMissing } from './ui/wordsMissing.ts';
import './ui/styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

startUrlSync();
boot(queryClient);
// Only the build has a service worker; the development server serves fresh code on every change.
// Not in embeds: a phone reading someone's web page should not download the whole app for later.
const room = useAppStore.getState();
if (import.meta.env.PROD && !(room.embed && !isPresentRoom(room))) startOfflineCacheAfterFirstView();

const root = document.getElementById('root')!;
// The app renders once the words of its language are in: the page's first script asked for them beside
// this code (src/early.ts), so they are usually here already.
loadMessages(room.lang).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  () => showWordsMissing(root),
);
// The other languages' words once the first view is drawn, so switching works offline as well; and the
// bold faces, which the headings showed emboldened until then (src/map/fonts.ts).
whenFirstViewIdle(() => {
  for (const lang of LANGS) loadMessages(lang).catch(() => undefined);
  void boldFacesReady(useAppStore.getState().lang);
});
