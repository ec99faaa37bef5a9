// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDataset } from '../domain/testDataset.ts';
import { useAppStore } from '../state/store.ts';
import { SidePanel } from './SidePanel.tsx';

// The panel's PNG export asks for the basemap; here that request never answers.
function withQueries({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('SidePanel folded away', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    useAppStore.setState({ lang: 'en', compare: null, vs: null, node: null, edge: null, provenance: 'all' });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('still says how much of what the map shows is illustrative', () => {
    // Every flow of the test dataset is illustrative.
    render(<SidePanel dataset={testDataset()} />, { wrapper: withQueries });
    expect(screen.queryByTestId('collapsed-provenance')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hide panel' }));
    expect(screen.getByTestId('collapsed-provenance')).toHaveTextContent(
      '100% of the flow value shown is illustrative',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show panel' }));
    expect(screen.queryByTestId('collapsed-provenance')).toBeNull();
  });

  it('says nothing there when nothing illustrative is shown', () => {
    const reported = testDataset().flows.map((f) => ({ ...f, provenance: 'reported' as const }));
    render(<SidePanel dataset={testDataset(reported)} />, { wrapper: withQueries });
    fireEvent.click(screen.getByRole('button', { name: 'Hide panel' }));
    expect(screen.queryByTestId('collapsed-provenance')).toBeNull();
  });
});
