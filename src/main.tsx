import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isPresentRoom, useAppStore } from './state/store.ts';
import { startUrlSync } from './state/urlSync.ts';
import { App } from './ui/App.tsx';
import { boot } from './ui/boot.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { startOfflineCacheAfterFirstView } from './ui/offlineCache.ts';
import './ui/styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

startUrlSync();
boot(queryClient);
// Only the build has a service worker; the development server serves fresh code on every change.
// Not in embeds: a phone reading someone's web page should not download the whole app for later.
const room = useAppStore.getState();
if (import.meta.env.PROD && !(room.embed && !isPresentRoom(room))) startOfflineCacheAfterFirstView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
